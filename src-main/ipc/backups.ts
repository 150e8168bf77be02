// Automatic backups in the user-data folder: written atomically and flushed to disk (a backup lets the journal
// be trimmed, so it must be there after a power cut), listed newest first, rotated (../backup-names.ts).
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileName, backupsToDelete, newestFirst, parseBackupName as parseName } from '../backup-names';
import type { BackupEntry, BackupReason } from '../preload/api';
import { writeFileAtomic } from './files';

export { BACKUPS_KEPT, CHECKIN_BACKUPS_KEPT, backupFileName } from '../backup-names';

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
  await writeFileAtomic(join(dir, name), json, { durable: true });
  await rotateBackups(dir);
  const entry = (await listBackups(dir)).find((e) => e.name === name);
  if (!entry) throw new Error('Il backup non è stato scritto.');
  return entry;
}

export async function rotateBackups(dir: string): Promise<void> {
  for (const old of backupsToDelete(await listBackups(dir))) await rm(join(dir, old.name), { force: true });
}

export async function readBackup(dir: string, name: string): Promise<string> {
  if (!parseName(name)) throw new Error('Nome di backup non valido.');
  return readFile(join(dir, name), 'utf8');
}
