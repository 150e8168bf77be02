// A fresh, uniquely named database for each test, installed as the app's database.
import { readAllData } from '../../src-renderer/lib/db/backup';
import type { BackupData } from '../../src-renderer/lib/db/backup-document';
import { appendEvents, readAllEvents } from '../../src-renderer/lib/db/attendance-days';
import { DATA_TABLES, OspitaDatabase, STORED_TABLES } from '../../src-renderer/lib/db/database';
import type { AttendanceEvent } from '../../src-renderer/lib/domain/types';
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
  await db.transaction('rw', STORED_TABLES.map((t) => db.table(t)), async () => {
    for (const t of DATA_TABLES) if (t !== 'attendance') await db.table(t).bulkAdd(data[t]);
    await appendEvents(db, data.attendance);
  });
}

/** Every attendance event stored, in any order. */
export async function storedEvents(db: OspitaDatabase): Promise<AttendanceEvent[]> {
  return readAllEvents(db);
}

/** Appends events straight to the log, in one transaction. */
export async function addEvents(db: OspitaDatabase, events: AttendanceEvent[]): Promise<void> {
  await db.transaction('rw', db.attendanceDays, () => appendEvents(db, events));
}

/** Everything the database holds, sorted by id, to compare before and after. */
export async function contents(db: OspitaDatabase): Promise<BackupData> {
  return readAllData(db);
}
