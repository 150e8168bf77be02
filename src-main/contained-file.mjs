// Whether a path names a regular file inside a folder once every symbolic link is resolved: the app's own
// scheme (src-main/app-protocol.ts) and the browser fallback's server (scripts/lib/static-server.mjs) serve
// nothing else, so a link placed in the build folder can never hand out a file from elsewhere on the disk.
// Plain JavaScript, so the server runs before anything is built.
import { promises as fsp } from 'node:fs';
import { sep } from 'node:path';

/** { path, size } of the file with its links resolved, or null when it is missing, not a file or outside `root`. */
export async function containedFile(root, file) {
  try {
    // Read through `fsp.` at call time: in a packaged app Electron's asar support patches these functions.
    const [realRoot, realFile] = await Promise.all([fsp.realpath(root), fsp.realpath(file)]);
    const prefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
    if (!realFile.startsWith(prefix)) return null;
    const info = await fsp.stat(realFile);
    return info.isFile() ? { path: realFile, size: info.size } : null;
  } catch {
    return null;
  }
}
