// The signed paper sheet typed into the transcription grid: what the log says for each participant-day, what is
// wrong with a row as typed, and the events that make the log say exactly what the sheet says. Pure.
import { groupBy } from '../collections';
import type { AttendanceEvent, HhMm, IsoDate } from '../types';
import { isHhMm, toMinutes } from '../times';
import { byTimeThenRecorded, doorEvents, effectiveEvents, presenceIntervals, voidDraft, type EventDraft } from './log';

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
  const byKey = groupBy(doorEvents(effectiveEvents(log)), (e) => `${e.participantId}|${e.day}`);
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
