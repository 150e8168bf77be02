// Saving files: atomic writes (temp file + rename, so a crash never leaves half a file), the folders the user
// chose, remembered per purpose in the user-data folder, and the rules that keep a save from replacing a file
// nobody agreed to replace: only the kinds of file the app makes, the extension present before the dialog asks
// about replacing, and a numbered name («Rossi Mario - Attestato (2).pdf») when many files go into a folder.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FileData, FileFilter } from '../preload/api';

/**
 * What Ospita writes: documents, lists, calendars, messages, its own backups and data exports (JSON), and the copy
 * of its safety journal for whoever supports the office (.log, from the recovery screen).
 */
export const WRITABLE_EXTENSIONS = ['docx', 'pdf', 'csv', 'xlsx', 'ics', 'eml', 'json', 'log'] as const;

export function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

export function hasWritableExtension(name: string): boolean {
  return (WRITABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export interface WriteOptions {
  /**
   * The bytes and the rename are flushed to the disk before this resolves (fsync of the file, then of its folder),
   * for files that let something else be thrown away (a backup lets the journal be trimmed).
   */
  durable?: boolean;
  /** File mode on POSIX systems (0o600: readable by the owner only); Windows keeps the folder's permissions. */
  mode?: number;
}

/** Writes a file whole or not at all. */
export async function writeFileAtomic(path: string, data: FileData, options: WriteOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const mode = options.mode === undefined ? {} : { mode: options.mode };
    if (options.durable) {
      const handle = await open(temp, 'w', options.mode);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } else {
      await writeFile(temp, bytes, mode);
    }
    // The mode given at creation is filtered by the umask; chmod sets it exactly.
    if (options.mode !== undefined) await chmod(temp, options.mode);
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
    await writeFileAtomic(this.file, JSON.stringify(prefs, null, 2), { mode: 0o600 });
  }
}

/** The extensions a save may end with: the filters', or else the suggested name's own. */
export function allowedExtensions(filters: FileFilter[], suggestedName: string): string[] {
  const fromFilters = filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())).filter((e) => e !== '*');
  return fromFilters.length ? fromFilters : [extensionOf(suggestedName)].filter(Boolean);
}

/**
 * Ensures a path ends with one of the allowed extensions (dialogs on Linux may drop it). Applied to the suggested
 * name before the dialog opens, so the dialog's own «replace?» question is about the name actually written.
 */
export function withExtension(path: string, allowed: string[]): string {
  if (allowed.length === 0) return path;
  return allowed.includes(extensionOf(path)) ? path : `${path}.${allowed[0]}`;
}

/**
 * How names are compared within a folder: Windows and macOS file systems ignore letter case (and macOS the
 * Unicode form), so «Rossi.pdf» and «rossi.pdf» are the same file there, and a folder may travel to them.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** `name`, or «stem (2).ext», «stem (3).ext»… : the first one not in `taken` (keys from nameKey). */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

async function namesIn(folder: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(folder)).map(nameKey));
  } catch {
    return new Set();
  }
}

export interface SavedBatch {
  paths: string[];
  /** The names saved under a number because the name asked for was taken (by a file there, or earlier in the batch). */
  renamed: string[];
}

/**
 * Writes every file into `folder` without ever replacing one: a taken name (letter case aside) gets the next
 * free number. Each name is first claimed with an exclusive create, so a file that appears meanwhile is not
 * overwritten either; the content then replaces the empty claim atomically. `data` may be made only when its
 * file is written (a message composed from its draft).
 */
export async function saveNewFiles(folder: string, files: { name: string; data: FileData | (() => Promise<FileData>) }[]): Promise<SavedBatch> {
  await mkdir(folder, { recursive: true });
  const taken = await namesIn(folder);
  const paths: string[] = [];
  const renamed: string[] = [];
  for (const file of files) {
    for (;;) {
      const name = freeName(file.name, taken);
      taken.add(nameKey(name));
      const path = join(folder, name);
      try {
        await (await open(path, 'wx')).close();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      try {
        await writeFileAtomic(path, typeof file.data === 'function' ? await file.data() : file.data);
      } catch (error) {
        await rm(path, { force: true });
        throw error;
      }
      paths.push(path);
      if (name !== file.name) renamed.push(name);
      break;
    }
  }
  return { paths, renamed };
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
