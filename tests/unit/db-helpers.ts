// A fresh, uniquely named database for each test, installed as the app's database.
import { readAllData } from '../../src-renderer/lib/db/backup';
import type { BackupData } from '../../src-renderer/lib/db/backup-document';
import { appendEvents, readAllEvents } from '../../src-renderer/lib/db/attendance-days';
import { DATA_TABLES, OspitaDatabase, STORED_TABLES } from '../../src-renderer/lib/db/database';
import { putFeedback } from '../../src-renderer/lib/db/feedback-lists';
import { deleteSessionList, findParticipant, putParticipants, readAllParticipants, readList } from '../../src-renderer/lib/db/participant-lists';
import type { AttendanceEvent, Participant } from '../../src-renderer/lib/domain/types';
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
    for (const t of DATA_TABLES) if (t !== 'attendance' && t !== 'participants' && t !== 'feedback') await db.table(t).bulkAdd(data[t]);
    await putParticipants(db, data.participants);
    await putFeedback(db, data.feedback);
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

/** Every participant stored, ordered by id. */
export async function storedParticipants(db: OspitaDatabase): Promise<Participant[]> {
  return readAllParticipants(db);
}

/** One stored participant by id. */
export async function storedParticipant(db: OspitaDatabase, id: string): Promise<Participant | undefined> {
  return findParticipant(db, id);
}

/** How many participants a session holds (cancelled included). */
export async function participantCount(db: OspitaDatabase, sessionId: string): Promise<number> {
  return (await readList(db, sessionId)).length;
}

/** Writes participants straight to their session lists, in one transaction. */
export async function addParticipants(db: OspitaDatabase, participants: Participant[]): Promise<void> {
  await db.transaction('rw', db.participantLists, () => putParticipants(db, participants));
}

/** Changes fields of a stored participant straight in the database (as an edit on another station). */
export async function changeStoredParticipant(db: OspitaDatabase, id: string, changes: Partial<Participant>): Promise<void> {
  await db.transaction('rw', db.participantLists, async () => {
    const current = await findParticipant(db, id);
    if (!current) throw new Error(`no participant ${id}`);
    await putParticipants(db, [{ ...current, ...changes }]);
  });
}

/** Removes a session's participants straight from the database (as another station may have done). */
export async function dropSessionParticipants(db: OspitaDatabase, sessionId: string): Promise<void> {
  await db.transaction('rw', db.participantLists, () => deleteSessionList(db, sessionId));
}

/** Everything the database holds, sorted by id, to compare before and after. */
export async function contents(db: OspitaDatabase): Promise<BackupData> {
  return readAllData(db);
}
