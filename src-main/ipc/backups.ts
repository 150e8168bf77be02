// Automatic backups in the user-data folder: written atomically and flushed to disk (a backup lets the journal
// be trimmed, so it must be there after a power cut), listed newest first, rotated (../backup-names.ts), readable
// by the owner only (folder 0o700, files 0o600: another account on a shared office computer cannot open them). On
// Windows these modes do not apply; the folder sits in the user's profile (%APPDATA%), whose permissions already
// keep other standard accounts out.
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileName, backupsToDelete, newestFirst, parseBackupName as parseName } from '../backup-names';
import type { BackupEntry, BackupReason } from '../preload/api';
import { writeFileAtomic } from './files';

export { BACKUPS_KEPT, CHECKIN_BACKUPS_KEPT, backupFileName } from '../backup-names';
export const BACKUP_FOLDER_MODE = 0o700;
export const BACKUP_FILE_MODE = 0o600;

export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const info = await stat(join(dir, name));
    entries.push({ name, ...parsed, size: info.size });
  }
  return newestFirst(entries);
}

export async function writeBackup(dir: string, json: string, reason: BackupReason, now: Date = new Date()): Promise<BackupEntry> {
  const name = backupFileName(now, reason);
  await mkdir(dir, { recursive: true, mode: BACKUP_FOLDER_MODE });
  await writeFileAtomic(join(dir, name), json, { durable: true, mode: BACKUP_FILE_MODE });
  await rotateBackups(dir);
  await restrictToOwner(dir);
  const entry = (await listBackups(dir)).find((e) => e.name === name);
  if (!entry) throw new Error('Il backup non è stato scritto.');
  return entry;
}

/** Tightens the folder and the backups an earlier version wrote with the default permissions (0o755/0o644). */
async function restrictToOwner(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  await chmod(dir, BACKUP_FOLDER_MODE);
  for (const entry of await listBackups(dir)) await chmod(join(dir, entry.name), BACKUP_FILE_MODE).catch(() => undefined);
}

export async function rotateBackups(dir: string): Promise<void> {
  for (const old of backupsToDelete(await listBackups(dir))) await rm(join(dir, old.name), { force: true });
}

export async function readBackup(dir: string, name: string): Promise<string> {
  if (!parseName(name)) throw new Error('Nome di backup non valido.');
  return readFile(join(dir, name), 'utf8');
}

/**
 * Rewrites one automatic backup under its own name (its place in the rotation does not change), atomically and
 * readable by the owner only. Used once a purge or an erasure has been applied to its content.
 */
export async function replaceBackup(dir: string, name: string, json: string): Promise<BackupEntry> {
  if (!parseName(name)) throw new Error('Nome di backup non valido.');
  const path = join(dir, name);
  await stat(path);
  await writeFileAtomic(path, json, { mode: BACKUP_FILE_MODE });
  const entry = (await listBackups(dir)).find((e) => e.name === name);
  if (!entry) throw new Error('Il backup non è stato riscritto.');
  return entry;
}

/** Deletes one automatic backup; one already gone is not an error. */
export async function removeBackup(dir: string, name: string): Promise<void> {
  if (!parseName(name)) throw new Error('Nome di backup non valido.');
  await rm(join(dir, name), { force: true });
}
