// Saving files: atomic writes (temp file + rename, so a crash never leaves half a file) and the folders the
// user chose, remembered per purpose in the user-data folder.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, basename, join } from 'node:path';
import type { FileData, FileFilter } from '../preload/api';

/**
 * Writes a file whole or not at all. `durable`: the bytes and the rename are flushed to the disk before this
 * resolves (fsync of the file, then of its folder), for files that let something else be thrown away (a backup
 * lets the journal be trimmed; a trimmed journal replaces the old one).
 */
export async function writeFileAtomic(path: string, data: FileData, options: { durable?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    if (options.durable) {
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } else {
      await writeFile(temp, bytes);
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (options.durable) await syncFolder(dirname(path));
}

/** Flushes a folder's entries (a rename) to disk. Windows cannot open a folder for this and needs no such step. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Preferences {
  lastFolder?: string;
  folders?: Record<string, string>;
}

/** Remembers the folders the user picked, so the next save dialog opens where the last one ended. */
export class FolderMemory {
  constructor(private readonly file: string) {}

  private async read(): Promise<Preferences> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Preferences) : {};
    } catch {
      return {};
    }
  }

  async lastFolder(): Promise<string | undefined> {
    return (await this.read()).lastFolder;
  }

  async folderFor(purpose: string): Promise<string | undefined> {
    return (await this.read()).folders?.[purpose];
  }

  async remember(folder: string, purpose?: string): Promise<void> {
    const prefs = await this.read();
    prefs.lastFolder = folder;
    if (purpose) prefs.folders = { ...prefs.folders, [purpose]: folder };
    await writeFileAtomic(this.file, JSON.stringify(prefs, null, 2));
  }
}

/** Ensures the chosen path ends with one of the filter's extensions (dialogs on Linux may drop it). */
export function withExtension(path: string, filters: FileFilter[]): string {
  const allowed = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
  if (allowed.length === 0) return path;
  const ext = extname(path).slice(1).toLowerCase();
  return allowed.includes(ext) ? path : `${path}.${allowed[0]}`;
}

/** "Rossi Mario - Attestato.pdf" twice in one batch becomes "Rossi Mario - Attestato (2).pdf". */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const ext = extname(name);
    return `${name.slice(0, name.length - ext.length)} (${count})${ext}`;
  });
}
