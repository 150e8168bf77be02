import { describe, expect, it } from 'vitest';
import { startupModules } from '../../../../scripts/lib/startup-chunk';

function graph(edges: Record<string, string[]>, entries: string[]) {
  return {
    getModuleIds: () => Object.keys(edges)[Symbol.iterator](),
    getModuleInfo: (id: string) => (id in edges ? { isEntry: entries.includes(id), importedIds: edges[id]! } : null),
  };
}

describe('the modules put in the start chunk', () => {
  // index.html → main.ts → App; the first screen shares a component with another screen, which loads docx.
  const edges = {
    '/app/index.html': ['/app/main.ts'],
    '/app/main.ts': ['/app/App.svelte', '/app/app.css'],
    '/app/App.svelte': ['/nm/svelte/index.js'],
    '/app/app.css': [],
    '/nm/svelte/index.js': [],
    '/app/features/offers/index.ts': ['/app/features/offers/List.svelte'],
    '/app/features/offers/List.svelte': ['/app/components/Notice.svelte', '/nm/svelte/index.js'],
    '/app/components/Notice.svelte': [],
    '/app/features/documents/index.ts': ['/app/components/Notice.svelte', '/nm/docx/index.js'],
    '/nm/docx/index.js': [],
  };

  it('are what the entry and the first screen import, and nothing only another screen needs', () => {
    const modules = startupModules(graph(edges, ['/app/index.html']), 'features/offers/index.ts');
    expect([...modules].sort()).toEqual([
      '/app/App.svelte',
      '/app/app.css',
      '/app/components/Notice.svelte',
      '/app/features/offers/List.svelte',
      '/app/features/offers/index.ts',
      '/app/index.html',
      '/app/main.ts',
      '/nm/svelte/index.js',
    ]);
  });

  it('fail the build when the first screen’s module is not found', () => {
    expect(() => startupModules(graph(edges, ['/app/index.html']), 'features/agenda/index.ts')).toThrow(/features\/agenda\/index\.ts/);
  });
});
