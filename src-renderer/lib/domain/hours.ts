// Hours attended (DESIGN §1): the overlap between a participant's presence and the agenda items that count
// toward training hours, per session day; a missing check-out closes at the end of the day's programme.
import { doorEvents, effectiveEvents, groupByParticipant, isOnlineEvent, presenceIntervals, type PresenceInterval } from './attendance';
import { totalMinutes, unionSpans, type Span } from './spans';
import { fromMinutes, isHhMm, toMinutes } from './times';
import type { AgendaItem, AttendanceEvent, HhMm, IsoDate, ReportPlatform } from './types';

export { unionSpans, totalMinutes, type Span } from './spans';

/** Minutes covered by both lists. */
export function overlapMinutes(a: Span[], b: Span[]): number {
  const x = unionSpans(a);
  const y = unionSpans(b);
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i]!.start, y[j]!.start);
    const end = Math.min(x[i]!.end, y[j]!.end);
    if (end > start) sum += end - start;
    if (x[i]!.end < y[j]!.end) i++;
    else j++;
  }
  return sum;
}

export interface DayProgramme {
  day: IsoDate;
  dayIndex: number;
  /** Minutes of the items that count toward hours. */
  counted: Span[];
  countedMinutes: number;
  /** First start and last end of all the day's items ('' when the day has no programme). */
  start: HhMm | '';
  end: HhMm | '';
}

/** The programme of each session day, from its agenda items (items per `dayIndex`). */
export function sessionProgramme(days: IsoDate[], items: AgendaItem[]): DayProgramme[] {
  return days.map((day, dayIndex) => {
    const ofDay = items.filter((i) => i.dayIndex === dayIndex && isHhMm(i.start) && isHhMm(i.end) && toMinutes(i.end) > toMinutes(i.start));
    const counted = unionSpans(ofDay.filter((i) => i.countsTowardHours).map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) })));
    const starts = ofDay.map((i) => toMinutes(i.start));
    const ends = ofDay.map((i) => toMinutes(i.end));
    return {
      day,
      dayIndex,
      counted,
      countedMinutes: totalMinutes(counted),
      start: starts.length ? fromMinutes(Math.min(...starts)) : '',
      end: ends.length ? fromMinutes(Math.max(...ends)) : '',
    };
  });
}

/** How a presence interval was followed: at the door, online (an attendance report), or both at once. */
export type PresenceVia = 'door' | 'online' | 'both';

export interface CountedInterval {
  start: HhMm;
  end: HhMm;
  via: PresenceVia;
}

export interface DayHours {
  day: IsoDate;
  /** -1 when the day is not (or no longer) one of the session's days. */
  dayIndex: number;
  /**
   * Presence as counted: a missing exit already closed at the end of the programme, and the door's intervals
   * and those followed online joined where they overlap (their union: never counted twice).
   */
  intervals: CountedInterval[];
  attendedMinutes: number;
  programmeMinutes: number;
  /** Checked in and never checked out: closed at the end of the day's programme (`closedAt`). */
  missingCheckout: boolean;
  closedAt: HhMm | null;
  /** Present at some time that falls wholly outside the day's programme, or on a day with no programme. */
  outsideProgramme: boolean;
  /** An exit with no entry before it: not counted. */
  exitWithoutEntry: boolean;
  /** The platforms followed online that day (empty when all presence was at the door). */
  platforms: ReportPlatform[];
}

/** Why a participant does not qualify for a certificate by the hours rule. */
export type NotQualifiedReason = { code: 'noProgramme' } | { code: 'neverPresent' } | { code: 'belowThreshold'; attendedMinutes: number; requiredMinutes: number };

export interface ParticipantHours {
  participantId: string;
  days: DayHours[];
  attendedMinutes: number;
  programmeMinutes: number;
  requiredMinutes: number;
  /** attended / programme, 0..1 (0 when there is no counted programme). */
  share: number;
  qualifies: boolean;
  reason: NotQualifiedReason | null;
  /** Any day with a flag: worth a look before printing certificates. */
  flagged: boolean;
}

/** Minutes a participant must attend: the threshold's share of the programme, rounded up to the minute. */
export function requiredMinutes(programmeMinutes: number, threshold: number): number {
  return Math.ceil(programmeMinutes * threshold - 1e-9);
}

interface TaggedSpan extends Span {
  via: Set<'door' | 'online'>;
}

/**
 * The intervals of both channels in the order of the day, joined where they overlap. Intervals that only touch
 * stay apart (a register shows where one ended and the next began), and an empty interval (arrived after the
 * programme, never left) is kept so the day still shows the person came.
 */
function joinChannels(spans: TaggedSpan[]): TaggedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TaggedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      for (const v of s.via) last.via.add(v);
    } else out.push({ start: s.start, end: s.end, via: new Set(s.via) });
  }
  return out;
}

const viaOf = (via: Set<'door' | 'online'>): PresenceVia => (via.size > 1 ? 'both' : via.has('online') ? 'online' : 'door');

/**
 * Hours of one participant on one day, from that participant's effective events of that day. Entries and exits
 * pair up at the door and online separately (a check-in at the door never closes an online interval); the hours
 * count the union of both.
 */
export function dayHours(effectiveOfDay: AttendanceEvent[], programme: DayProgramme | undefined, day: IsoDate, fallbackDayEnd: HhMm): DayHours {
  const closeAt = programme?.end || fallbackDayEnd;
  let missingCheckout = false;
  let exitWithoutEntry = false;
  const spans: TaggedSpan[] = [];
  const channels: ['door' | 'online', AttendanceEvent[]][] = [
    ['door', doorEvents(effectiveOfDay)],
    ['online', effectiveOfDay.filter(isOnlineEvent)],
  ];
  for (const [channel, events] of channels) {
    const presence = presenceIntervals(events);
    exitWithoutEntry ||= presence.exitWithoutEntry;
    for (const i of presence.intervals as PresenceInterval[]) {
      let end = i.end;
      if (end === null) {
        missingCheckout = true;
        // Arrived after the programme ended and never left: an empty interval, flagged below as outside.
        end = toMinutes(i.start) > toMinutes(closeAt) ? i.start : closeAt;
      }
      spans.push({ start: toMinutes(i.start), end: toMinutes(end), via: new Set([channel]) });
    }
  }
  const joined = joinChannels(spans);
  const programmeSpan: Span[] = programme?.start && programme.end ? [{ start: toMinutes(programme.start), end: toMinutes(programme.end) }] : [];
  const outsideProgramme = spans.some((s) => overlapMinutes([s.end > s.start ? s : { start: s.start, end: s.start + 1 }], programmeSpan) === 0);
  const platforms = [...new Set(effectiveOfDay.map((e) => e.platform).filter((p): p is ReportPlatform => Boolean(p)))].sort();
  return {
    day,
    dayIndex: programme?.dayIndex ?? -1,
    intervals: joined.map((s) => ({ start: fromMinutes(s.start), end: fromMinutes(s.end), via: viaOf(s.via) })),
    attendedMinutes: programme ? overlapMinutes(spans, programme.counted) : 0,
    programmeMinutes: programme?.countedMinutes ?? 0,
    missingCheckout,
    closedAt: missingCheckout ? closeAt : null,
    outsideProgramme,
    exitWithoutEntry,
    platforms,
  };
}

export interface HoursInput {
  sessionDays: IsoDate[];
  items: AgendaItem[];
  /** The whole session's log (any days, any stations, voids included). */
  events: AttendanceEvent[];
  participantIds: string[];
  /** Settings: share of the programme needed for a certificate (0.75 by default). */
  threshold: number;
  /** Settings: where a missing exit closes on a day with no programme. */
  fallbackDayEnd: HhMm;
}

export interface SessionHours {
  programme: DayProgramme[];
  programmeMinutes: number;
  requiredMinutes: number;
  participants: Map<string, ParticipantHours>;
  qualifying: number;
  flagged: number;
}

/** Hours attended by every participant of a session, and whether each qualifies for a certificate and why not. */
export function sessionHours(input: HoursInput): SessionHours {
  const programme = sessionProgramme(input.sessionDays, input.items);
  const programmeMinutes = programme.reduce((sum, d) => sum + d.countedMinutes, 0);
  const required = requiredMinutes(programmeMinutes, input.threshold);
  const byParticipant = groupByParticipant(effectiveEvents(input.events));
  const byDay = new Map(programme.map((d) => [d.day, d]));
  const participants = new Map<string, ParticipantHours>();
  let qualifying = 0;
  let flagged = 0;
  for (const participantId of input.participantIds) {
    const events = byParticipant.get(participantId) ?? [];
    const eventDays = [...new Set(events.map((e) => e.day))];
    const days = [...new Set([...input.sessionDays, ...eventDays])].sort();
    const dayList = days.map((day) => dayHours(events.filter((e) => e.day === day), byDay.get(day), day, input.fallbackDayEnd));
    const attended = dayList.reduce((sum, d) => sum + d.attendedMinutes, 0);
    const everPresent = dayList.some((d) => d.intervals.length > 0);
    let reason: NotQualifiedReason | null = null;
    if (programmeMinutes === 0) reason = { code: 'noProgramme' };
    else if (!everPresent) reason = { code: 'neverPresent' };
    else if (attended < required) reason = { code: 'belowThreshold', attendedMinutes: attended, requiredMinutes: required };
    const isFlagged = dayList.some((d) => d.missingCheckout || d.outsideProgramme || d.exitWithoutEntry);
    const result: ParticipantHours = {
      participantId,
      days: dayList,
      attendedMinutes: attended,
      programmeMinutes,
      requiredMinutes: required,
      share: programmeMinutes ? attended / programmeMinutes : 0,
      qualifies: reason === null,
      reason,
      flagged: isFlagged,
    };
    if (result.qualifies) qualifying++;
    if (isFlagged) flagged++;
    participants.set(participantId, result);
  }
  return { programme, programmeMinutes, requiredMinutes: required, participants, qualifying, flagged };
}
