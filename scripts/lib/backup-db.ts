// A backup opened as the app's database, in memory (fake-indexeddb), so the command-line tools read it through the
// same repository functions as the screens (src-renderer/lib/db/repositories): one way of reading a session.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { replaceAllData } from '../../src-renderer/lib/db/backup';
import type { BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { OspitaDatabase } from '../../src-renderer/lib/db/database';
import { useDb } from '../../src-renderer/lib/db/index';

const opened = new WeakMap<BackupDocument, OspitaDatabase>();
let count = 0;

/** Points the app's repositories at the backup's content (written once per backup, as a restore writes it). */
export async function useBackup(backup: BackupDocument): Promise<void> {
  let db = opened.get(backup);
  if (!db) {
    db = new OspitaDatabase(`ospita-backup-${process.pid}-${count++}`, { indexedDB, IDBKeyRange });
    await replaceAllData(backup.data, db);
    opened.set(backup, db);
  }
  useDb(db);
}
