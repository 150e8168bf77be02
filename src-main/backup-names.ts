// Names and rotation of the automatic backups, shared by the main process (files in the data folder) and the
// browser's storage worker (files in the origin private file system). Pure: no Node, no DOM.
import type { BackupEntry, BackupReason } from './preload/api';

export const BACKUP_REASONS = ['quit', 'daily', 'manual', 'checkin', 'start', 'restore', 'recovery', 'privacy'] as const satisfies readonly BackupReason[];

/** How many backups are kept: the desk's backups every few minutes rotate among themselves, not with the rest. */
export const BACKUPS_KEPT = 30;
export const CHECKIN_BACKUPS_KEPT = 12;

const NAME_RE = new RegExp(`^ospita-backup-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${BACKUP_REASONS.join('|')})\\.json$`);

export function backupFileName(at: Date, reason: BackupReason): string {
  return `ospita-backup-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME_RE.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason: match[2] as BackupReason };
}

export function newestFirst(entries: BackupEntry[]): BackupEntry[] {
  return [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** The backups to delete: beyond the newest BACKUPS_KEPT, and for the desk's own beyond CHECKIN_BACKUPS_KEPT. */
export function backupsToDelete(entries: BackupEntry[]): BackupEntry[] {
  const sorted = newestFirst(entries);
  const desk = sorted.filter((e) => e.reason === 'checkin');
  const others = sorted.filter((e) => e.reason !== 'checkin');
  return [...desk.slice(CHECKIN_BACKUPS_KEPT), ...others.slice(BACKUPS_KEPT)];
}
