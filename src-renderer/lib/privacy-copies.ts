// After a purge or an erasure, the copies the app made itself must not hold that personal data any more: every
// automatic backup is read, and one that still holds it is rewritten with the privacy ledger applied (same name,
// same date, a new checksum), so it stays a restore point; one that cannot be read as a backup but names a purged
// session or an erased person is removed. The screen says which.
import { readBackup, withLedger } from './db/backup';
import { buildBackupDocument, serialiseBackup } from './db/backup-document';
import { getDb } from './db';
import { hasEffect, mentionsLedger, type LedgerRecord } from './domain/privacy-ledger';
import { autoBackups } from './auto-backup.svelte';
import { host } from './host';

export interface CopiesCleaned {
  /** Automatic backups rewritten without the data. */
  rewritten: string[];
  /** Files that could not be read as backups and named the data: removed. */
  removed: string[];
  /** Backups that could not be rewritten or removed (the error, for the message). */
  failed: { name: string; error: string }[];
}

/**
 * Writes a backup of the data as it is now (the journal is then trimmed up to it, so its older lines, which held
 * that personal data, are gone), then applies the ledger to every other automatic backup; `onProgress` gets
 * (done, total).
 */
export async function cleanAutomaticBackups(ledger: readonly LedgerRecord[], onProgress: (done: number, total: number) => void = () => {}): Promise<CopiesCleaned> {
  const result: CopiesCleaned = { rewritten: [], removed: [], failed: [] };
  const fresh = await autoBackups.write('privacy');
  if (!fresh && autoBackups.lastError) result.failed.push({ name: 'journal', error: autoBackups.lastError });
  const entries = (await host.listBackups()).filter((e) => e.name !== fresh?.name);
  let done = 0;
  for (const entry of entries) {
    try {
      const text = await host.readBackup(entry.name);
      const read = await readBackup(text);
      if (!read.ok) {
        if (mentionsLedger(text, ledger)) {
          await host.removeBackup(entry.name);
          result.removed.push(entry.name);
        }
      } else {
        const { data, effect } = withLedger(read.backup.data, ledger);
        if (hasEffect(effect)) {
          const { format: _f, formatVersion: _v, counts: _c, checksum: _s, data: _d, ...meta } = read.backup;
          await host.replaceBackup({ name: entry.name, json: serialiseBackup(await buildBackupDocument(data, meta)) });
          result.rewritten.push(entry.name);
        }
      }
    } catch (error) {
      result.failed.push({ name: entry.name, error: error instanceof Error ? error.message : String(error) });
    }
    onProgress(++done, entries.length);
  }
  // The list in Settings reads the files again (contents and sizes changed).
  if (result.rewritten.length || result.removed.length) autoBackups.written++;
  return result;
}

/** The whole ledger of this database, for cleaning the copies after a purge or an erasure. */
export async function currentLedger(): Promise<LedgerRecord[]> {
  return getDb().privacyLedger.toArray();
}
