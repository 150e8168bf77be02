// What the desk writes in the log: check-in, check-out, "uscita per tutti", undo of the station's last action and
// a correction with its reason. Each plan reads the log and says what to append (or why nothing). Pure.
import type { AttendanceEvent, AttendanceSource, HhMm, IsoDate } from '../types';
import { isHhMm, toMinutes } from '../times';
import { dayStates, doorEvents, effectiveEvents, mergeLogs, stateFrom, voidDraft, voidedIds, type EventDraft } from './log';

/** Reason stored on the void events written by "undo the last action" (shown translated in the UI). */
export const UNDO_REASON = 'undo';

export type CheckInPlan = { action: 'write'; draft: EventDraft } | { action: 'already'; since: HhMm };

/** The door's events of one participant on one day, still in force. */
function doorOf(dayLog: AttendanceEvent[], participantId: string, day: IsoDate): AttendanceEvent[] {
  return doorEvents(effectiveEvents(dayLog)).filter((e) => e.participantId === participantId && e.day === day);
}

/** Checking in someone already present writes nothing and says since when. */
export function planCheckIn(dayLog: AttendanceEvent[], sessionId: string, participantId: string, day: IsoDate, time: HhMm, source: AttendanceSource): CheckInPlan {
  const state = stateFrom(doorOf(dayLog, participantId, day));
  if (state.status === 'present') return { action: 'already', since: state.since };
  return { action: 'write', draft: { sessionId, participantId, day, kind: 'in', time, source, voidsEventId: null, reason: '' } };
}

export type CheckOutPlan =
  | { action: 'write'; draft: EventDraft }
  | { action: 'notPresent' }
  | { action: 'alreadyLeft'; at: HhMm }
  | { action: 'beforeEntry'; since: HhMm };

export function planCheckOut(dayLog: AttendanceEvent[], sessionId: string, participantId: string, day: IsoDate, time: HhMm, source: AttendanceSource): CheckOutPlan {
  const state = stateFrom(doorOf(dayLog, participantId, day));
  if (state.status === 'absent') return { action: 'notPresent' };
  if (state.status === 'left') return { action: 'alreadyLeft', at: state.at };
  if (toMinutes(time) < toMinutes(state.since)) return { action: 'beforeEntry', since: state.since };
  return { action: 'write', draft: { sessionId, participantId, day, kind: 'out', time, source, voidsEventId: null, reason: '' } };
}

/** "Registra uscita per tutti alle HH:mm": everyone present since that time or earlier; later arrivals are left alone. */
export function planCheckOutAll(dayLog: AttendanceEvent[], sessionId: string, day: IsoDate, time: HhMm): { drafts: EventDraft[]; arrivedLater: string[] } {
  const drafts: EventDraft[] = [];
  const arrivedLater: string[] = [];
  for (const [participantId, state] of dayStates(dayLog, day)) {
    if (state.status !== 'present') continue;
    if (toMinutes(state.since) > toMinutes(time)) arrivedLater.push(participantId);
    else drafts.push({ sessionId, participantId, day, kind: 'out', time, source: 'bulk', voidsEventId: null, reason: '' });
  }
  return { drafts, arrivedLater };
}

/**
 * The last action of a station on a day: the events it recorded together (one check-in, a whole
 * "uscita per tutti", a correction with its void) that still count. Undoing it voids them all; the voids an
 * undo writes are never an action themselves, so undoing again goes one action further back. A station is
 * known by its id, never by its name (two laptops may share one); events recorded before stations had ids
 * are nobody's last action (a correction can still void them).
 * An attendance report imported on the station is not the desk's action: it is replaced by importing the report again.
 */
export function lastAction(dayLog: AttendanceEvent[], stationId: string): AttendanceEvent[] {
  const unique = mergeLogs(dayLog);
  const voided = voidedIds(unique);
  const candidates = unique.filter((e) => e.stationId === stationId && e.source !== 'online' && !voided.has(e.id) && !(e.kind === 'void' && e.reason === UNDO_REASON));
  if (candidates.length === 0) return [];
  const latest = candidates.reduce((a, b) => (b.recordedAt > a.recordedAt ? b : a)).recordedAt;
  return candidates.filter((e) => e.recordedAt === latest);
}

export function planUndo(dayLog: AttendanceEvent[], stationId: string): EventDraft[] {
  return lastAction(dayLog, stationId).map((e) => voidDraft(e, UNDO_REASON));
}


/** Why a correction cannot be recorded (the message is checkin.error.<code>). */
export type AttendanceProblem = 'reason' | 'time' | 'outBeforeIn' | 'exitWithoutEntry' | 'nothingToCorrect' | 'unknownEvent';

export interface Correction {
  /** The event to cancel, if any. */
  voidEventId: string | null;
  /** The event to record instead (or in addition: a forgotten exit), if any. */
  replacement: { kind: 'in' | 'out'; time: string } | null;
  reason: string;
}

/** A correction: void an event and/or record a new one, always with a reason. Bad input changes nothing. */
export function planCorrection(
  dayLog: AttendanceEvent[],
  target: { sessionId: string; participantId: string; day: IsoDate },
  correction: Correction,
): { drafts: EventDraft[] } | { problem: AttendanceProblem } {
  const reason = correction.reason.trim();
  if (!reason) return { problem: 'reason' };
  if (!correction.voidEventId && !correction.replacement) return { problem: 'nothingToCorrect' };
  const drafts: EventDraft[] = [];
  if (correction.voidEventId) {
    const voidable = effectiveEvents(dayLog).find((e) => e.id === correction.voidEventId);
    if (!voidable) return { problem: 'unknownEvent' };
    drafts.push(voidDraft(voidable, reason));
  }
  if (correction.replacement) {
    if (!isHhMm(correction.replacement.time)) return { problem: 'time' };
    // Correcting a time followed online keeps it online, so it still pairs with the rest of the report's times.
    const platform = correction.voidEventId ? (effectiveEvents(dayLog).find((e) => e.id === correction.voidEventId)?.platform ?? null) : null;
    drafts.push({ ...target, kind: correction.replacement.kind, time: correction.replacement.time, source: 'correction', voidsEventId: null, reason, ...(platform ? { platform } : {}) });
  }
  return { drafts };
}
