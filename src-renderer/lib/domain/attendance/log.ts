// The attendance log of DESIGN §1: append-only events, voided rather than changed, merged by union of ids. What
// counts in a log (voids, duplicates, the door apart from presence online), where each participant stands, and the
// presence intervals the hours are made of. Pure: the repository reads the log, asks the desk (desk.ts) or the
// paper sheet (paper.ts) what to append, and appends it.
import { groupBy } from '../collections';
import type { AttendanceEvent, AttendanceKind, AttendanceSource, HhMm, IsoDate, ReportPlatform } from '../types';
import { isHhMm } from '../times';

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

/** Day, time, then when recorded: the order the events happened in. */
export function byTimeThenRecorded(a: AttendanceEvent, b: AttendanceEvent): number {
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
  return groupBy(events, (e) => e.participantId);
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

/** The void of an event, with its reason. */
export function voidDraft(target: AttendanceEvent, reason: string): EventDraft {
  return { sessionId: target.sessionId, participantId: target.participantId, day: target.day, kind: 'void', time: '', source: 'correction', voidsEventId: target.id, reason };
}
