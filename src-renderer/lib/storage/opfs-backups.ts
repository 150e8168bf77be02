// The browser build's automatic backups, as files in the origin private file system: outside IndexedDB, so a
// database Chromium throws away does not take them along. Written under a temporary name, flushed, then
// renamed; rewritten in place through a writable stream (see replace); listed newest first; rotated as the
// desktop app rotates its folder (src-main/backup-names.ts). Runs in ./storage.worker.ts, one request at a time.
import { backupFileName, backupsToDelete, newestFirst, parseBackupName } from '../../../src-main/backup-names';
import type { BackupEntry, BackupReason } from '../../../src-main/preload/api';
import { writeWhole, type OpfsFile } from './opfs-journal';

export const BACKUPS_DIR = 'backups';
const TEMP = '.tmp';
/** Chromium's swap file of a writable stream («name.crswap», «name.1.crswap»…): left behind by a write cut short. */
const SWAP = '.crswap';
const encoder = new TextEncoder();

type Entries = { entries(): AsyncIterable<[string, FileSystemHandle]> };

export class OpfsBackups {
  constructor(private readonly dir: FileSystemDirectoryHandle) {}

  static async open(root: FileSystemDirectoryHandle): Promise<OpfsBackups> {
    return new OpfsBackups(await root.getDirectoryHandle(BACKUPS_DIR, { create: true }));
  }

  async list(): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for await (const [name, handle] of (this.dir as unknown as Entries).entries()) {
      if (handle.kind !== 'file') continue;
      if (name.endsWith(TEMP) || name.endsWith(SWAP)) {
        // A write cut short: never listed, removed (no stream is open now: the worker answers one request at a time).
        await this.dir.removeEntry(name).catch(() => undefined);
        continue;
      }
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      entries.push({ name, ...parsed, size: (await (handle as FileSystemFileHandle).getFile()).size });
    }
    return newestFirst(entries);
  }

  /** Writes one backup (under `name` when given, as a migration does) and rotates the folder. */
  async write(json: string, reason: BackupReason, now: Date = new Date(), name = backupFileName(now, reason)): Promise<BackupEntry> {
    const bytes = encoder.encode(json);
    await writeWhole(this.dir, name + TEMP, bytes);
    await ((await this.dir.getFileHandle(name + TEMP)) as OpfsFile).move(name);
    await this.rotate();
    const parsed = parseBackupName(name)!;
    return { name, ...parsed, size: bytes.length };
  }

  async read(name: string): Promise<string> {
    if (!parseBackupName(name)) throw new Error('Nome di backup non valido.');
    const file = await this.dir.getFileHandle(name).catch(() => null);
    if (!file) throw new Error('Backup non trovato.');
    return (await file.getFile()).text();
  }

  /**
   * Rewrites an existing backup under its own name, atomically: the old content stays whole until the new one is
   * complete. A writable stream (createWritable) writes into a swap file and puts it in place of the file only
   * when closed (the File System standard's «atomic writes» on close, tested by web-platform-tests); until then,
   * and when the tab or the browser dies first, the file keeps its old content. Checked on Chromium 156: a kill
   * before close() leaves the old backup and a stale «….crswap», which list() removes. (Deleting the old file
   * and then moving a temporary one in left a moment with no backup, and list() would have thrown the temporary
   * one away; moving over an existing file does replace it in Chromium, but the standard does not say it is atomic.)
   */
  async replace(name: string, json: string): Promise<BackupEntry> {
    const parsed = parseBackupName(name);
    if (!parsed) throw new Error('Nome di backup non valido.');
    const file = await this.dir.getFileHandle(name).catch(() => null);
    if (!file) throw new Error('Backup non trovato.');
    const bytes = encoder.encode(json);
    const stream = await file.createWritable({ keepExistingData: false });
    try {
      await stream.write(bytes);
      await stream.close();
    } catch (error) {
      await stream.abort().catch(() => undefined);
      throw error;
    }
    return { name, ...parsed, size: bytes.length };
  }

  /** Deletes one backup; one already gone is not an error. */
  async remove(name: string): Promise<void> {
    if (!parseBackupName(name)) throw new Error('Nome di backup non valido.');
    await this.dir.removeEntry(name).catch(() => undefined);
  }

  async has(name: string): Promise<boolean> {
    return (await this.dir.getFileHandle(name).catch(() => null)) !== null;
  }

  private async rotate(): Promise<void> {
    for (const old of backupsToDelete(await this.list())) await this.dir.removeEntry(old.name).catch(() => undefined);
  }
}
