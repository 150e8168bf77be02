// The attendance log in IndexedDB. Every action is its own small transaction, committed (and journaled) before
// the promise resolves, so before the UI shows it: events are never updated or deleted, only appended
// (DESIGN §1). How the log is stored (one record per session day) is ../attendance-days.ts's business.
import {
  planCheckIn,
  planCheckOut,
  planCheckOutAll,
  planCorrection,
  planTranscription,
  planUndo,
  type AttendanceProblem,
  type Correction,
  type EventDraft,
  type TranscribedPresence,
  type TranscriptionProblem,
} from '../../domain/attendance';
import type { AttendanceEvent, AttendanceSource, HhMm, IsoDate } from '../../domain/types';
import { appendEvents as appendToDays, appendToDay, readDay, readSession } from '../attendance-days';
import { getDb } from '../index';
import { newId, orderedInstants } from '../ids';
import { journaledWrite } from '../journaled';
import { getSettings } from './settings';

interface Station {
  id: string;
  name: string;
}

function stamp(drafts: EventDraft[], station: Station): AttendanceEvent[] {
  // One instant per action, strictly after the previous one: the events written together share it (that is
  // what "undo the last action" undoes), two actions never do.
  const [recordedAt] = orderedInstants() as [string];
  return drafts.map((d) => ({ ...d, id: newId(), recordedAt, station: station.name, stationId: station.id }));
}

/** This laptop: its own id (never copied by a restore) and the name it has in Impostazioni. */
async function thisStation(): Promise<Station> {
  const settings = await getSettings();
  return { id: settings.stationId!, name: settings.stationName };
}

/** A session day's log. */
export async function listDayEvents(sessionId: string, day: IsoDate): Promise<AttendanceEvent[]> {
  return readDay(getDb(), sessionId, day);
}

/** The whole log of a session, every day. */
export async function listSessionEvents(sessionId: string): Promise<AttendanceEvent[]> {
  return readSession(getDb(), sessionId);
}

/** Appends events as they are (a merge from another station's backup): ids already present are skipped. */
export async function appendEvents(events: AttendanceEvent[]): Promise<number> {
  const db = getDb();
  return journaledWrite([db.attendanceDays], async (change) => {
    change.events(events);
    return appendToDays(db, events);
  });
}

const ofParticipant = (log: AttendanceEvent[], participantId: string) => log.filter((e) => e.participantId === participantId);

export type CheckInResult = { status: 'checkedIn'; event: AttendanceEvent } | { status: 'already'; since: HhMm };

/** Records an entry; someone already present is left as they are and the answer says since when. */
export async function checkIn(sessionId: string, participantId: string, day: IsoDate, time: HhMm, source: AttendanceSource = 'desk'): Promise<CheckInResult> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const log = await readDay(db, sessionId, day);
    const plan = planCheckIn(ofParticipant(log, participantId), sessionId, participantId, day, time, source);
    if (plan.action === 'already') return { status: 'already', since: plan.since };
    const [event] = stamp([plan.draft], await thisStation());
    change.events([event!]);
    await appendToDay(db, sessionId, day, log, [event!]);
    return { status: 'checkedIn', event: event! };
  });
}

export type CheckOutResult =
  | { status: 'checkedOut'; event: AttendanceEvent }
  | { status: 'notPresent' }
  | { status: 'alreadyLeft'; at: HhMm }
  | { status: 'beforeEntry'; since: HhMm };

export async function checkOut(sessionId: string, participantId: string, day: IsoDate, time: HhMm): Promise<CheckOutResult> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const log = await readDay(db, sessionId, day);
    const plan = planCheckOut(ofParticipant(log, participantId), sessionId, participantId, day, time, 'desk');
    if (plan.action !== 'write') return plan.action === 'notPresent' ? { status: 'notPresent' } : plan.action === 'alreadyLeft' ? { status: 'alreadyLeft', at: plan.at } : { status: 'beforeEntry', since: plan.since };
    const [event] = stamp([plan.draft], await thisStation());
    change.events([event!]);
    await appendToDay(db, sessionId, day, log, [event!]);
    return { status: 'checkedOut', event: event! };
  });
}

/** "Registra uscita per tutti alle HH:mm": one transaction, one action (undone together). */
export async function checkOutAll(sessionId: string, day: IsoDate, time: HhMm): Promise<{ count: number; arrivedLater: string[] }> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const log = await readDay(db, sessionId, day);
    const plan = planCheckOutAll(log, sessionId, day, time);
    if (plan.drafts.length) {
      const events = stamp(plan.drafts, await thisStation());
      change.events(events);
      await appendToDay(db, sessionId, day, log, events);
    }
    return { count: plan.drafts.length, arrivedLater: plan.arrivedLater };
  });
}

/** Voids this station's last action on the day; returns the events it cancelled (empty: nothing to undo). */
export async function undoLast(sessionId: string, day: IsoDate): Promise<AttendanceEvent[]> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const log = await readDay(db, sessionId, day);
    const station = await thisStation();
    // Only this laptop's own actions: after a merge the log also holds the other station's, maybe under the same name.
    const drafts = planUndo(log, station.id);
    if (!drafts.length) return [];
    const events = stamp(drafts, station);
    change.events(events);
    await appendToDay(db, sessionId, day, log, events);
    const undone = new Set(drafts.map((d) => d.voidsEventId));
    return log.filter((e) => undone.has(e.id));
  });
}

/** A correction with a reason: voids an event and/or records the right one. Bad input writes nothing. */
export async function correct(sessionId: string, participantId: string, day: IsoDate, correction: Correction): Promise<{ ok: true } | { problem: AttendanceProblem }> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const log = await readDay(db, sessionId, day);
    const plan = planCorrection(ofParticipant(log, participantId), { sessionId, participantId, day }, correction);
    if ('problem' in plan) return { problem: plan.problem };
    const events = stamp(plan.drafts, await thisStation());
    change.events(events);
    await appendToDay(db, sessionId, day, log, events);
    return { ok: true as const };
  });
}

/** The signed paper sheet typed in (participants × days): all rows applied at once, or none if any is wrong. */
export async function applyTranscription(sessionId: string, rows: TranscribedPresence[], reason: string): Promise<{ changed: number } | { problems: TranscriptionProblem[] }> {
  const db = getDb();
  return journaledWrite([db.attendanceDays, db.settings], async (change) => {
    const plan = planTranscription(await listSessionEvents(sessionId), sessionId, rows, reason);
    if ('problems' in plan) return { problems: plan.problems };
    if (plan.drafts.length) {
      const events = stamp(plan.drafts, await thisStation());
      change.events(events);
      await appendToDays(db, events);
    }
    return { changed: plan.changed };
  });
}
