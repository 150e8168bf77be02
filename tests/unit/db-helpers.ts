// A fresh, uniquely named database for each test, installed as the app's database.
import { readAllData } from '../../src-renderer/lib/db/backup';
import type { BackupData } from '../../src-renderer/lib/db/backup-document';
import { DATA_TABLES, OspitaDatabase } from '../../src-renderer/lib/db/database';
import { useDb } from '../../src-renderer/lib/db/index';

let counter = 0;

export async function freshDb(): Promise<OspitaDatabase> {
  const db = new OspitaDatabase(`test-${process.pid}-${Date.now()}-${counter++}`);
  await db.open();
  useDb(db);
  return db;
}

/** Puts the given records in every table of the database, in one go. */
export async function fill(db: OspitaDatabase, data: BackupData): Promise<void> {
  await db.transaction('rw', DATA_TABLES.map((t) => db.table(t)), async () => {
    for (const t of DATA_TABLES) await db.table(t).bulkAdd(data[t]);
  });
}

/** Everything the database holds, sorted by id, to compare before and after. */
export async function contents(db: OspitaDatabase): Promise<BackupData> {
  return readAllData(db);
}
