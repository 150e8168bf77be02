// Presence followed online: the people of a platform's attendance report matched to the session's participants,
// and the entries and exits the confirmed matches write into the attendance log. Pure.
//
// Matching is by e-mail first (letter case aside), then by name (accents, letter case and the order of name and
// surname aside). The log gets, per participant, the report's intervals as entry/exit pairs marked with the
// platform; a corrected report of the same day replaces the earlier online events of that day, the same report
// again changes nothing, and presence at the door is never touched.
import { effectiveEvents, isOnlineEvent, presenceIntervals, type EventDraft } from './attendance';
import { foldAccents } from './fold';
import { unionSpans } from './spans';
import { fromMinutes, toMinutes } from './times';
import type { AttendanceEvent, HhMm, IsoDate, Participant, ReportPlatform } from './types';

/** The part of a report's person that matching and planning need. */
export interface ReportedPerson {
  name: string;
  email: string;
  role: 'organizer' | 'presenter' | 'attendee' | '';
  /** `yyyy-MM-ddTHH:mm` */
  intervals: { start: string; end: string }[];
  minutes: number;
  aliases?: string[];
}

/** Words of a name without accents, case or apostrophes, in alphabetical order. */
export function personNameKey(text: string): string {
  return foldAccents(text)
    .replace(/['’‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

const compact = (text: string) => personNameKey(text).replace(/ /g, '');

/** The keys under which a participant can be recognised: "Lucia D'Amico", "D'Amico Lucia", "DAmico Lucia". */
function participantKeys(p: Pick<Participant, 'name' | 'surname'>): string[] {
  const both = `${p.name} ${p.surname}`;
  return [personNameKey(both), compact(`${p.name}${p.surname}`), compact(`${p.surname}${p.name}`)].filter(Boolean);
}

function reportedKeys(person: ReportedPerson): string[] {
  // "Rossi, Nicolò" is "Nicolò Rossi"; a bracket already removed by the reader may survive in an alias.
  const names = [person.name, ...(person.aliases ?? [])].map((n) => n.replace(',', ' '));
  return [...new Set(names.flatMap((n) => [personNameKey(n), compact(n)]).filter(Boolean))];
}

export type MatchBy = 'email' | 'name';

export interface PersonMatch {
  /** Index of the person in the report. */
  index: number;
  participantId: string | null;
  by: MatchBy | null;
  /** Participants the name fits equally well (several registered with the same name): not matched, to be chosen. */
  candidates: string[];
}

export interface MatchResult {
  matches: PersonMatch[];
  /** Confirmed participants no one in the report was matched to. */
  absent: Participant[];
}

/** Matches each person of the report to a participant not cancelled: by e-mail, then by name. */
export function matchReport(people: readonly ReportedPerson[], participants: readonly Participant[]): MatchResult {
  const active = participants.filter((p) => p.status !== 'annullato');
  const byEmail = new Map<string, Participant[]>();
  const byKey = new Map<string, Set<Participant>>();
  for (const p of active) {
    const email = p.email.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), p]);
    for (const key of participantKeys(p)) {
      const set = byKey.get(key) ?? new Set<Participant>();
      set.add(p);
      byKey.set(key, set);
    }
  }
  const matches = people.map((person, index): PersonMatch => {
    const email = person.email.trim().toLowerCase();
    const sameEmail = email ? (byEmail.get(email) ?? []) : [];
    if (sameEmail.length === 1) return { index, participantId: sameEmail[0]!.id, by: 'email', candidates: [] };
    const found = new Set<Participant>();
    for (const key of reportedKeys(person)) for (const p of byKey.get(key) ?? []) found.add(p);
    // Two registrations with one e-mail: the name decides between them.
    const pool = sameEmail.length > 1 ? [...found].filter((p) => sameEmail.includes(p)) : [...found];
    if (pool.length === 1) return { index, participantId: pool[0]!.id, by: 'name', candidates: [] };
    const candidates = (pool.length ? pool : sameEmail).map((p) => p.id);
    return { index, participantId: null, by: null, candidates };
  });
  const matched = new Set(matches.map((m) => m.participantId).filter(Boolean));
  const absent = active.filter((p) => p.status === 'confermato' && !matched.has(p.id));
  return { matches, absent };
}

/** What the coordinator decides for one person of the report. */
export type ReportDecision =
  | { action: 'assign'; participantId: string }
  | { action: 'walkIn'; surname: string; name: string; organisation: string }
  | { action: 'skip' };

/** "Marco De Luca" → name "Marco", surname "De Luca"; "Rossi, Nicolò" → surname "Rossi", name "Nicolò". */
export function splitName(full: string): { name: string; surname: string } {
  const text = full.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma > 0) return { surname: text.slice(0, comma).trim(), name: text.slice(comma + 1).trim() };
  const words = text.split(' ');
  if (words.length < 2) return { name: '', surname: text };
  let cut = words.length - 1;
  // Italian and other surnames with a particle: "De Luca", "Dalla Chiesa", "Di Stefano", "van Dijk".
  while (cut > 1 && /^(de|di|da|del|della|delle|dei|degli|dal|dalla|dalle|d'|d’|lo|la|le|li|van|von|der|mac|mc|san|santa|dello)$/i.test(words[cut - 1]!)) cut--;
  return { name: words.slice(0, cut).join(' '), surname: words.slice(cut).join(' ') };
}

/** A name that looks like a person's (two words with letters), not a phone number or a device. */
export function looksLikePerson(name: string): boolean {
  return name.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 2;
}

/**
 * The decision shown first: the match found; for someone not matched, an organiser or presenter is left out,
 * someone who looks like a person is added as a walk-in, anything else (a phone number) is left out.
 */
export function defaultDecision(person: ReportedPerson, match: PersonMatch): ReportDecision {
  if (match.participantId) return { action: 'assign', participantId: match.participantId };
  if (person.role === 'organizer' || person.role === 'presenter' || !looksLikePerson(person.name)) return { action: 'skip' };
  const { name, surname } = splitName(person.name);
  return { action: 'walkIn', surname, name, organisation: '' };
}

export interface Span {
  start: HhMm;
  end: HhMm;
}

/** Sorted spans joined where they overlap or touch (an exit and an entry at one minute would not pair again). */
export function joinSpans(spans: readonly Span[]): Span[] {
  return unionSpans(spans.map((s) => ({ start: toMinutes(s.start), end: toMinutes(s.end) }))).map((m) => ({ start: fromMinutes(m.start), end: fromMinutes(m.end) }));
}

/** A report's intervals on one day, as times of day. */
export function spansOnDay(intervals: readonly { start: string; end: string }[], day: IsoDate): Span[] {
  return intervals.filter((i) => i.start.slice(0, 10) === day && i.end.slice(0, 10) === day).map((i) => ({ start: i.start.slice(11, 16), end: i.end.slice(11, 16) }));
}

/** The online spans each participant already has on the day (their online entries and exits still in force). */
export function onlineSpansOfDay(dayLog: AttendanceEvent[], day: IsoDate): Map<string, { spans: Span[]; events: AttendanceEvent[] }> {
  const byParticipant = new Map<string, AttendanceEvent[]>();
  for (const e of effectiveEvents(dayLog)) {
    if (e.day !== day || !isOnlineEvent(e)) continue;
    byParticipant.set(e.participantId, [...(byParticipant.get(e.participantId) ?? []), e]);
  }
  const out = new Map<string, { spans: Span[]; events: AttendanceEvent[] }>();
  for (const [participantId, events] of byParticipant) {
    const spans = presenceIntervals(events).intervals.filter((i) => i.end !== null).map((i) => ({ start: i.start, end: i.end! }));
    out.set(participantId, { spans: joinSpans(spans), events });
  }
  return out;
}

const sameSpans = (a: Span[], b: Span[]) => a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

export interface OnlineImportPlan {
  drafts: EventDraft[];
  /** Participants whose online presence of the day is written (new or changed). */
  written: string[];
  /** Of those, the ones whose earlier online presence of the day was replaced. */
  replaced: string[];
  /** Participants whose earlier online presence is taken away (a corrected report without them). */
  removed: string[];
  /** Participants whose presence is already exactly this. */
  unchanged: string[];
}

export interface OnlineImportInput {
  sessionId: string;
  day: IsoDate;
  platform: ReportPlatform;
  /** Per participant, the spans of the report (of all the report's people assigned to them). */
  presence: Map<string, Span[]>;
  /**
   * 'replace' (a corrected report, the usual): the day's earlier online presence is replaced by this report;
   * 'add' (another meeting of the same day): joined to it.
   */
  mode: 'replace' | 'add';
  /** Stored on the events: which report they came from. */
  reason: string;
}

/**
 * What to append to the day's log so that each participant's online presence that day is what the report says.
 * Nothing changes for a participant whose presence is already the same (the same report imported twice); for one
 * whose presence differs, the earlier online events are voided and the new ones written. Door events are never
 * touched.
 */
export function planOnlineImport(dayLog: AttendanceEvent[], input: OnlineImportInput): OnlineImportPlan {
  const current = onlineSpansOfDay(dayLog, input.day);
  const plan: OnlineImportPlan = { drafts: [], written: [], replaced: [], removed: [], unchanged: [] };
  const ids = new Set([...input.presence.keys(), ...(input.mode === 'replace' ? current.keys() : [])]);
  for (const participantId of ids) {
    const before = current.get(participantId);
    const reported = joinSpans(input.presence.get(participantId) ?? []);
    const target = input.mode === 'add' ? joinSpans([...(before?.spans ?? []), ...reported]) : reported;
    if (sameSpans(before?.spans ?? [], target)) {
      if (target.length) plan.unchanged.push(participantId);
      continue;
    }
    const base = { sessionId: input.sessionId, participantId, day: input.day, source: 'online' as const, reason: input.reason, platform: input.platform };
    for (const e of before?.events ?? []) plan.drafts.push({ ...base, kind: 'void', time: '', voidsEventId: e.id });
    for (const s of target) {
      plan.drafts.push({ ...base, kind: 'in', time: s.start, voidsEventId: null });
      plan.drafts.push({ ...base, kind: 'out', time: s.end, voidsEventId: null });
    }
    if (target.length) {
      plan.written.push(participantId);
      if (before) plan.replaced.push(participantId);
    } else plan.removed.push(participantId);
  }
  return plan;
}

/** What the day's log already holds from reports: how many people, from which platforms, by which reports. */
export function onlineSummaryOfDay(dayLog: AttendanceEvent[], day: IsoDate): { people: number; platforms: ReportPlatform[]; reasons: string[] } {
  const current = onlineSpansOfDay(dayLog, day);
  const events = [...current.values()].flatMap((c) => c.events);
  return {
    people: [...current.values()].filter((c) => c.spans.length).length,
    platforms: [...new Set(events.map((e) => e.platform).filter((p): p is ReportPlatform => Boolean(p)))],
    reasons: [...new Set(events.map((e) => e.reason).filter(Boolean))],
  };
}
