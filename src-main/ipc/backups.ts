// Automatic backups in the user-data folder: written atomically, listed newest first, the last 30 kept.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry, BackupReason } from '../preload/api';
import { writeFileAtomic } from './files';

export const BACKUPS_KEPT = 30;
const NAME_RE = /^ospita-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(quit|daily|manual)\.json$/;

export function backupFileName(at: Date, reason: BackupReason): string {
  return `ospita-backup-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME_RE.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason: match[2] as BackupReason };
}

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
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function writeBackup(dir: string, json: string, reason: BackupReason, now: Date = new Date()): Promise<BackupEntry> {
  const name = backupFileName(now, reason);
  await writeFileAtomic(join(dir, name), json);
  await rotateBackups(dir, BACKUPS_KEPT);
  const entry = (await listBackups(dir)).find((e) => e.name === name);
  if (!entry) throw new Error('Il backup non è stato scritto.');
  return entry;
}

export async function rotateBackups(dir: string, keep: number): Promise<void> {
  const entries = await listBackups(dir);
  for (const old of entries.slice(keep)) await rm(join(dir, old.name), { force: true });
}

export async function readBackup(dir: string, name: string): Promise<string> {
  if (!parseName(name)) throw new Error('Nome di backup non valido.');
  return readFile(join(dir, name), 'utf8');
}
