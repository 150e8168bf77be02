// How the attendance log is kept in IndexedDB: one record per session day (the day's register), holding that
// day's events in the order they were recorded. Events are still only ever appended, never changed or removed
// one by one (DESIGN §1), except when the person they belong to is erased on request (GDPR art. 17); a day's
// record is rewritten whole, inside the same transaction that read it.
//
// Why not one record per event: IndexedDB in Chromium pays about 70–125 µs per record written, whatever its
// size, so restoring 20,000 events one by one took over two seconds (see `npm run bench`); eighty day records
// take a few milliseconds. The desk reads one record per change instead of hundreds through an index.
import { groupBy } from '../domain/collections';
import type { AttendanceEvent, IsoDate } from '../domain/types';
import type { OspitaDatabase } from './database';

/** The stored record: a session day and its events. */
export interface AttendanceDay {
  sessionId: string;
  day: IsoDate;
  events: AttendanceEvent[];
}

/** Groups events into day records, keeping their order within each day. Pure. */
export function groupIntoDays(events: readonly AttendanceEvent[]): AttendanceDay[] {
  const days = groupBy(events, (e) => `${e.sessionId}\u0000${e.day}`);
  return [...days.values()].map((list) => ({ sessionId: list[0]!.sessionId, day: list[0]!.day, events: list }));
}

/** Every event of the given day records, day by day. Pure. */
export function flattenDays(days: readonly AttendanceDay[]): AttendanceEvent[] {
  return days.flatMap((d) => d.events);
}

/** One session day's events (empty when nothing was recorded). */
export async function readDay(db: OspitaDatabase, sessionId: string, day: IsoDate): Promise<AttendanceEvent[]> {
  return (await db.attendanceDays.get([sessionId, day]))?.events ?? [];
}

function sessionDays(db: OspitaDatabase, sessionId: string) {
  // Days are ISO dates: every one of them sorts between '' and '\uffff'.
  return db.attendanceDays.where('[sessionId+day]').between([sessionId, ''], [sessionId, '\uffff']);
}

/** Every event of a session, all its days. */
export async function readSession(db: OspitaDatabase, sessionId: string): Promise<AttendanceEvent[]> {
  return flattenDays(await sessionDays(db, sessionId).toArray());
}

/** Every event in the database. */
export async function readAllEvents(db: OspitaDatabase): Promise<AttendanceEvent[]> {
  return flattenDays(await db.attendanceDays.toArray());
}

/** How many events the database holds. */
export async function countEvents(db: OspitaDatabase): Promise<number> {
  let count = 0;
  await db.attendanceDays.each((d) => {
    count += d.events.length;
  });
  return count;
}

/**
 * Appends events to their days; an event whose id the day already holds is skipped. Must run inside a
 * read-write transaction on `attendanceDays`, so no other write slips between the read and the rewrite.
 * Returns how many events were new.
 */
export async function appendEvents(db: OspitaDatabase, events: readonly AttendanceEvent[]): Promise<number> {
  if (!events.length) return 0;
  const incoming = groupIntoDays(events);
  const stored = await db.attendanceDays.bulkGet(incoming.map((d) => [d.sessionId, d.day] as [string, string]));
  let added = 0;
  const changed: AttendanceDay[] = [];
  incoming.forEach((day, i) => {
    const current = stored[i] ?? { sessionId: day.sessionId, day: day.day, events: [] };
    const known = new Set(current.events.map((e) => e.id));
    const fresh: AttendanceEvent[] = [];
    for (const event of day.events) {
      if (known.has(event.id)) continue;
      known.add(event.id);
      fresh.push(event);
    }
    if (!fresh.length) return;
    added += fresh.length;
    changed.push({ ...current, events: [...current.events, ...fresh] });
  });
  if (changed.length) await db.attendanceDays.bulkPut(changed);
  return added;
}

/**
 * Adds new events to a day whose log was just read in the same read-write transaction (the desk's actions:
 * one read, one write). The events must be new: they were stamped with fresh ids.
 */
export async function appendToDay(db: OspitaDatabase, sessionId: string, day: IsoDate, log: readonly AttendanceEvent[], events: readonly AttendanceEvent[]): Promise<void> {
  if (events.length) await db.attendanceDays.put({ sessionId, day, events: [...log, ...events] });
}

/** Removes a session's whole log (the session is deleted or its personal data purged). */
export async function deleteSessionLog(db: OspitaDatabase, sessionId: string): Promise<void> {
  await sessionDays(db, sessionId).delete();
}

/** Removes these events from their days' logs (a person erased on request); a day left empty goes. */
export async function removeEvents(db: OspitaDatabase, events: readonly AttendanceEvent[]): Promise<void> {
  if (!events.length) return;
  const gone = new Set(events.map((e) => e.id));
  const days = [...new Map(events.map((e) => [`${e.sessionId}\u0000${e.day}`, [e.sessionId, e.day] as [string, IsoDate]])).values()];
  const stored = await db.attendanceDays.bulkGet(days);
  await Promise.all(
    stored.map(async (record, i) => {
      if (!record) return;
      const kept = record.events.filter((e) => !gone.has(e.id));
      if (kept.length) await db.attendanceDays.put({ ...record, events: kept });
      else await db.attendanceDays.delete(days[i]!);
    }),
  );
}
