// The attendance log of DESIGN §1: append-only events, voided rather than changed, merged by union of ids.
// Everything here is pure: the repository reads the log, asks these functions what to append, and appends it.
import type { AttendanceEvent, AttendanceKind, AttendanceSource, HhMm, IsoDate, ReportPlatform } from './types';
import { isHhMm, toMinutes } from './times';

/** Reason stored on the void events written by "undo the last action" (shown translated in the UI). */
export const UNDO_REASON = 'undo';

/**
 * Presence followed online (an attendance report, or a correction of it) rather than at the door. The two are
 * kept apart: entries pair with exits within each, and the hours count their union (lib/domain/hours.ts).
 */
export function isOnlineEvent(e: Pick<AttendanceEvent, 'platform'>): boolean {
  return Boolean(e.platform);
}

/** The events of the door: what the desk, the scanner and the paper sheet recorded. */
export function doorEvents(events: AttendanceEvent[]): AttendanceEvent[] {
  return events.filter((e) => !isOnlineEvent(e));
}

/** One log made from several (two stations, a backup restored on top): each event once, by id. */
export function mergeLogs(...logs: AttendanceEvent[][]): AttendanceEvent[] {
  const byId = new Map<string, AttendanceEvent>();
  for (const log of logs) for (const event of log) if (!byId.has(event.id)) byId.set(event.id, event);
  return [...byId.values()];
}

/**
 * Ids of the events that no longer count. A void event counts unless it is itself voided, so voiding an undo
 * brings the original back; duplicates (the same id twice after a merge) count once.
 */
export function voidedIds(events: AttendanceEvent[]): Set<string> {
  const voidsOf = new Map<string, AttendanceEvent[]>();
  for (const e of events) {
    if (e.kind === 'void' && e.voidsEventId) {
      const list = voidsOf.get(e.voidsEventId) ?? [];
      list.push(e);
      voidsOf.set(e.voidsEventId, list);
    }
  }
  const memo = new Map<string, boolean>();
  const isVoided = (id: string, seen: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false; // a cycle can only come from hand-made data: treat it as no void
    seen.add(id);
    const result = (voidsOf.get(id) ?? []).some((v) => !isVoided(v.id, seen));
    memo.set(id, result);
    return result;
  };
  // Only an event some void names can be voided: most logs have none or a few.
  const voided = new Set<string>();
  for (const id of voidsOf.keys()) if (isVoided(id, new Set())) voided.add(id);
  return voided;
}

/** Entries and exits still in force, each once, in the order they happened on the day. */
export function effectiveEvents(events: AttendanceEvent[]): AttendanceEvent[] {
  const unique = mergeLogs(events);
  const voided = voidedIds(unique);
  return unique.filter((e) => e.kind !== 'void' && !voided.has(e.id) && isHhMm(e.time)).sort(byTimeThenRecorded);
}

// Dates, times, instants and ids are ASCII written to sort as text: plain comparison, not localeCompare, which
// goes through the locale's collation and made the Riepilogo over ten years of presences take seconds.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byTimeThenRecorded(a: AttendanceEvent, b: AttendanceEvent): number {
  return byText(a.day, b.day) || byText(a.time, b.time) || byText(a.recordedAt, b.recordedAt) || byText(a.id, b.id);
}

export type DayState =
  | { status: 'absent' }
  | { status: 'present'; since: HhMm; firstIn: HhMm }
  | { status: 'left'; at: HhMm; firstIn: HhMm | null };

/** Where a participant stands on a day: not arrived, present since a time, or left at a time. */
export function stateFrom(effective: AttendanceEvent[]): DayState {
  let state: DayState = { status: 'absent' };
  let firstIn: HhMm | null = null;
  for (const e of effective) {
    if (e.kind === 'in') {
      firstIn ??= e.time;
      // A second entry while present (two stations, a double scan) changes nothing: present since the first.
      if (state.status !== 'present') state = { status: 'present', since: e.time, firstIn };
    } else if (e.kind === 'out') {
      // A second exit while already out keeps the first one (see presenceIntervals).
      if (state.status !== 'left') state = { status: 'left', at: e.time, firstIn };
    }
  }
  return state;
}

/** Every participant's state at the door on one day, from that day's log (participants with no events are absent). */
export function dayStates(dayLog: AttendanceEvent[], day: IsoDate): Map<string, DayState> {
  const byParticipant = groupByParticipant(doorEvents(effectiveEvents(dayLog)).filter((e) => e.day === day));
  const states = new Map<string, DayState>();
  for (const [participantId, events] of byParticipant) states.set(participantId, stateFrom(events));
  return states;
}

export function groupByParticipant(events: AttendanceEvent[]): Map<string, AttendanceEvent[]> {
  const map = new Map<string, AttendanceEvent[]>();
  for (const e of events) {
    const list = map.get(e.participantId);
    if (list) list.push(e);
    else map.set(e.participantId, [e]);
  }
  return map;
}

export interface PresenceInterval {
  start: HhMm;
  /** null while the participant has not been checked out. */
  end: HhMm | null;
}

export interface DayPresence {
  intervals: PresenceInterval[];
  /** An exit recorded with no entry before it (ignored for hours, worth a look). */
  exitWithoutEntry: boolean;
}

/**
 * Presence intervals of one participant on one day, pairing entries with exits in time order.
 * A repeated entry while present keeps the earlier one, a repeated exit while out keeps the earlier one:
 * the same arrival recorded by two stations is counted once.
 */
export function presenceIntervals(effectiveOfDay: AttendanceEvent[]): DayPresence {
  const intervals: PresenceInterval[] = [];
  let open: PresenceInterval | null = null;
  let exitWithoutEntry = false;
  for (const e of effectiveOfDay) {
    if (e.kind === 'in') {
      if (!open) {
        open = { start: e.time, end: null };
        intervals.push(open);
      }
    } else if (e.kind === 'out') {
      if (open) {
        open.end = e.time;
        open = null;
      } else if (intervals.length === 0) {
        exitWithoutEntry = true;
      }
    }
  }
  return { intervals, exitWithoutEntry };
}

/** What the station needs to write an event: the rest (id, instant) comes from the repository. */
export interface EventDraft {
  sessionId: string;
  participantId: string;
  day: IsoDate;
  kind: AttendanceKind;
  time: HhMm;
  source: AttendanceSource;
  voidsEventId: string | null;
  reason: string;
  /** Set on presence followed online. */
  platform?: ReportPlatform | null;
}

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

function voidDraft(target: AttendanceEvent, reason: string): EventDraft {
  return { sessionId: target.sessionId, participantId: target.participantId, day: target.day, kind: 'void', time: '', source: 'correction', voidsEventId: target.id, reason };
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

/** One presence interval as copied from the signed sheet: `HH:mm`, or '' where the sheet has no signature. */
export interface TranscribedInterval {
  entry: HhMm | '';
  exit: HhMm | '';
}

/**
 * One participant-day of the paper transcription grid: every presence interval the sheet shows, in the order of
 * the day (a participant who left for lunch and came back has two). Blank intervals (no entry, no exit) are ignored.
 */
export interface TranscribedPresence {
  participantId: string;
  day: IsoDate;
  intervals: TranscribedInterval[];
}

/**
 * The intervals recorded on a day, as the grid shows them before editing: every presence interval that counts
 * for the hours (an open one has exit ''), preceded by an exit recorded with no entry before it, if there is one,
 * so that it can be seen and put right.
 */
export function transcriptionOf(effectiveOfDay: AttendanceEvent[]): TranscribedInterval[] {
  // The sheet is signed at the door: presence followed online is not on it, and the sheet never changes it.
  effectiveOfDay = doorEvents(effectiveOfDay);
  const { intervals, exitWithoutEntry } = presenceIntervals(effectiveOfDay);
  const shown: TranscribedInterval[] = intervals.map((i) => ({ entry: i.start, exit: i.end ?? '' }));
  if (exitWithoutEntry) {
    const firstIn = effectiveOfDay.find((e) => e.kind === 'in');
    const orphan = effectiveOfDay.find((e) => e.kind === 'out' && (!firstIn || byTimeThenRecorded(e, firstIn) < 0));
    if (orphan) shown.unshift({ entry: '', exit: orphan.time });
  }
  return shown;
}

/** The intervals that say something: blank ones dropped, times trimmed. */
export function filledIntervals(intervals: TranscribedInterval[]): TranscribedInterval[] {
  return intervals.map((i) => ({ entry: i.entry.trim(), exit: i.exit.trim() })).filter((i) => i.entry || i.exit);
}

/** Whether two lists of intervals say the same (blank intervals do not count). */
export function sameIntervals(a: TranscribedInterval[], b: TranscribedInterval[]): boolean {
  const x = filledIntervals(a);
  const y = filledIntervals(b);
  return x.length === y.length && x.every((i, n) => i.entry === y[n]!.entry && i.exit === y[n]!.exit);
}

/**
 * What can be wrong with a transcribed interval. The UI says how to put it right (lib/i18n/checkin.ts): the first
 * three as at the desk, the others as problems of the sheet's order.
 */
export type TranscriptionProblemCode = 'time' | 'outBeforeIn' | 'exitWithoutEntry' | 'order' | 'overlap' | 'openNotLast';

export interface TranscriptionProblem {
  participantId: string;
  day: IsoDate;
  /** Index of the interval in the row as given (blank intervals included), from 0. */
  interval: number;
  /** The time to correct. */
  field: 'entry' | 'exit';
  problem: TranscriptionProblemCode;
}

/** What is wrong with one interval on its own, and where. */
function ownProblem(i: TranscribedInterval): ['entry' | 'exit', TranscriptionProblemCode] | null {
  if (i.entry && !isHhMm(i.entry)) return ['entry', 'time'];
  if (i.exit && !isHhMm(i.exit)) return ['exit', 'time'];
  if (!i.entry) return ['entry', 'exitWithoutEntry'];
  if (i.exit && toMinutes(i.exit) <= toMinutes(i.entry)) return ['exit', 'outBeforeIn'];
  return null;
}

/**
 * What is wrong with one participant-day. Each interval needs valid times, an entry, and an exit (if any) after
 * its entry; each interval must start after the previous one ended: in the order of the day, without overlapping
 * or even touching (an exit and an entry at the same minute could not be paired again). Only the last interval may
 * stay open (no exit yet): the hours close it at the end of the day's programme.
 */
export function intervalProblems(row: TranscribedPresence): TranscriptionProblem[] {
  const problems: TranscriptionProblem[] = [];
  const at = (interval: number, field: 'entry' | 'exit', problem: TranscriptionProblemCode) => problems.push({ participantId: row.participantId, day: row.day, interval, field, problem });
  let previous: { entry: string; exit: string; index: number } | null = null;
  row.intervals.forEach((raw, index) => {
    const i = { entry: raw.entry.trim(), exit: raw.exit.trim(), index };
    if (!i.entry && !i.exit) return;
    const own = ownProblem(i);
    if (own) {
      at(index, own[0], own[1]);
      previous = null; // judged against its neighbours once it is right
      return;
    }
    const before: { entry: string; exit: string; index: number } | null = previous;
    if (before) {
      if (toMinutes(i.entry) < toMinutes(before.entry)) at(index, 'entry', 'order');
      else if (!before.exit) at(before.index, 'exit', 'openNotLast');
      else if (toMinutes(i.entry) <= toMinutes(before.exit)) at(index, 'entry', 'overlap');
    }
    previous = i;
  });
  return problems;
}

/**
 * Applies the sheet. A participant-day whose intervals are the same as recorded is left alone (no event at all).
 * For one that changed, the recorded events that the sheet still shows are kept, the others are voided and the
 * sheet's missing entries and exits are written (source 'transcription', with the reason), so that what counts
 * afterwards is exactly the sheet: an interval left untouched (the morning, when only the afternoon was
 * corrected) keeps its original events. All or nothing: any problem in a changed row stops everything.
 */
export function planTranscription(
  log: AttendanceEvent[],
  sessionId: string,
  rows: TranscribedPresence[],
  reason: string,
): { drafts: EventDraft[]; changed: number } | { problems: TranscriptionProblem[] } {
  const byKey = new Map<string, AttendanceEvent[]>();
  for (const e of doorEvents(effectiveEvents(log))) {
    const key = `${e.participantId}|${e.day}`;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  const changedRows: { row: TranscribedPresence; current: AttendanceEvent[] }[] = [];
  const problems: TranscriptionProblem[] = [];
  for (const row of rows) {
    const current = byKey.get(`${row.participantId}|${row.day}`) ?? [];
    if (sameIntervals(transcriptionOf(current), row.intervals)) continue;
    problems.push(...intervalProblems(row));
    changedRows.push({ row, current });
  }
  if (problems.length) return { problems };
  const drafts: EventDraft[] = [];
  for (const { row, current } of changedRows) {
    const wanted: { kind: 'in' | 'out'; time: HhMm }[] = filledIntervals(row.intervals).flatMap((i) => [
      { kind: 'in' as const, time: i.entry },
      ...(i.exit ? [{ kind: 'out' as const, time: i.exit }] : []),
    ]);
    const kept = new Set<string>();
    const missing = wanted.filter((w) => {
      const same = current.find((e) => !kept.has(e.id) && e.kind === w.kind && e.time === w.time);
      if (same) kept.add(same.id);
      return !same;
    });
    for (const e of current) if (!kept.has(e.id)) drafts.push(voidDraft(e, reason));
    for (const w of missing) drafts.push({ sessionId, participantId: row.participantId, day: row.day, kind: w.kind, time: w.time, source: 'transcription', voidsEventId: null, reason });
  }
  return { drafts, changed: changedRows.length };
}
