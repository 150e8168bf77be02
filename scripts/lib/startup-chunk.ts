// The app opens on one screen (Offerte), whose code is lazily imported. Left to itself the bundler splits what
// the start needs into a dozen files (the entry, the shared runtime, the screen and five small chunks it shares
// with other screens): the browser learns of the screen only once the entry has run, and on the bench's HTTP/1.1
// server only six files load at once. This Vite plugin puts everything the entry and the first screen import
// statically into the entry's chunk, so the start is one script and one stylesheet. The other screens, and the
// heavy libraries only they use (docx, spreadsheets, .docx reading), stay in their own lazily loaded chunks; the
// app's code is unchanged, and its `import()` of the first screen finds it already loaded.
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null;
}

/** Every module that the entries and the module ending with `screenModule` import statically, themselves included. */
export function startupModules(graph: ModuleGraph, screenModule: string): Set<string> {
  const ids = [...graph.getModuleIds()];
  const screen = ids.find((id) => id.replaceAll('\\', '/').endsWith(screenModule));
  if (!screen) throw new Error(`startupChunk: no module ends with ${screenModule}`);
  const roots = [...ids.filter((id) => graph.getModuleInfo(id)?.isEntry), screen];
  const closure = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (closure.has(id)) continue;
    closure.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return closure;
}

/** `screenModule`: the end of the path of the module the first screen is imported from. */
export function startupChunk(screenModule: string): Plugin {
  let startup = new Set<string>();
  return {
    name: 'ospita-startup-chunk',
    apply: 'build',
    buildEnd(error) {
      if (!error) startup = startupModules(this, screenModule);
    },
    outputOptions(options) {
      // Chunks are made after buildEnd, so the group sees the finished module graph.
      return { ...options, codeSplitting: { groups: [{ name: 'startup', test: (id: string) => startup.has(id) }] } };
    },
  };
}
