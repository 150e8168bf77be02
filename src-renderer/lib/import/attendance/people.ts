// Rows into people: each row's times made absolute on the meeting's day (entries, one per join and leave), the
// oldest Teams list's join and leave events paired, and one person per e-mail or name with the intervals merged.
import { format } from 'date-fns';
import { unionSpans } from '../../domain/spans';
import type { IsoDate } from '../../domain/types';
import { parseStamp, type DateOrder, type ParsedStamp } from './datetime';
import { actionKind, ROLE_RANK, type ColumnRole, type ReportRole } from './labels';
import { cellOf, filled, personOf, type Table } from './layout';
import { nameKey } from './names';
import type { ReportPerson, ReportProblem } from './report';

/** The day of a local date-time, and the local midnight that starts a day. */
export const isoOf = (d: Date) => format(d, 'yyyy-MM-dd');
const midnight = (iso: IsoDate) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

export interface Entry {
  line: number;
  name: string;
  aliases: string[];
  email: string;
  role: ReportRole;
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
}

export interface Pending {
  line: number;
  name: string;
  aliases: string[];
  email: string;
  role: ReportRole;
  start: ParsedStamp | null;
  end: ParsedStamp | null;
  seconds: number | null;
}

export function earliestDay(pending: Pending[]): IsoDate | null {
  const times = pending.flatMap((p) => [p.start, p.end]).filter((s): s is Extract<ParsedStamp, { kind: 'full' }> => s?.kind === 'full').map((s) => s.at.getTime());
  return times.length ? isoOf(new Date(Math.min(...times))) : null;
}

/** Absolute times of a pending row: a time of day takes the meeting's day; a missing end is start + duration. */
export function toEntry(p: Pending, day: IsoDate, problems: ReportProblem[]): Entry[] {
  const base = midnight(day).getTime();
  const at = (s: ParsedStamp) => (s.kind === 'full' ? s.at.getTime() : base + s.seconds * 1000);
  let start = p.start ? at(p.start) : null;
  let end = p.end ? at(p.end) : null;
  if (start === null && end !== null && p.seconds !== null) start = end - p.seconds * 1000;
  if (end === null && start !== null && p.seconds !== null) end = start + p.seconds * 1000;
  if (start === null || end === null) return [];
  // Times of day only: a leave before the join is past midnight.
  if (end < start && p.start?.kind === 'time' && p.end?.kind === 'time') end += 86_400_000;
  if (end < start) {
    problems.push({ row: p.line, code: 'endBeforeStart' });
    return [];
  }
  return [{ line: p.line, name: p.name, aliases: p.aliases, email: p.email, role: p.role, start, end }];
}

/** The oldest Teams list: one row per "Joined" or "Left" with its time; paired per person in time order. */
export function pairActions(table: Table, order: DateOrder, problems: ReportProblem[], meetingEnd: ParsedStamp | null): Pending[] {
  const byPerson = new Map<string, { person: ReturnType<typeof personOf>; events: { line: number; kind: 'join' | 'leave'; stamp: ParsedStamp }[] }>();
  const timeRole: ColumnRole = table.roles.includes('timestamp') ? 'timestamp' : 'join';
  for (const row of table.rows) {
    if (filled(row) < 2) continue;
    const person = personOf(row, table);
    if (!person.name && !person.email) {
      problems.push({ row: row.line, code: 'noName' });
      continue;
    }
    const kind = actionKind(cellOf(row, table.roles, 'action'));
    const text = cellOf(row, table.roles, timeRole);
    const stamp = text ? parseStamp(text, order) : null;
    if (!kind || !stamp) {
      problems.push({ row: row.line, code: stamp ? 'noTime' : 'badTime', params: { value: text } });
      continue;
    }
    const key = person.email || nameKey(person.name);
    const entry = byPerson.get(key) ?? { person, events: [] };
    entry.events.push({ line: row.line, kind, stamp });
    byPerson.set(key, entry);
  }
  const value = (s: ParsedStamp) => (s.kind === 'full' ? s.at.getTime() : s.seconds * 1000);
  const allTimes = [...byPerson.values()].flatMap((p) => p.events.map((e) => e.stamp));
  const lastStamp = meetingEnd ?? allTimes.reduce<ParsedStamp | null>((a, b) => (!a || value(b) > value(a) ? b : a), null);
  const out: Pending[] = [];
  for (const { person, events } of byPerson.values()) {
    events.sort((a, b) => value(a.stamp) - value(b.stamp));
    let open: { line: number; stamp: ParsedStamp } | null = null;
    for (const e of events) {
      if (e.kind === 'join') open ??= e;
      else if (open) {
        out.push({ line: open.line, ...person, start: open.stamp, end: e.stamp, seconds: null });
        open = null;
      }
    }
    if (open && lastStamp) {
      problems.push({ row: open.line, code: 'openInterval' });
      out.push({ line: open.line, ...person, start: open.stamp, end: lastStamp, seconds: null });
    }
  }
  return out;
}

/** E-mails and roles from the report's other tables (Teams' "Participants" beside its activities), by name. */
export function enrichment(tables: Table[]): Map<string, { email: string; role: ReportRole }> {
  const map = new Map<string, { email: string; role: ReportRole }>();
  for (const table of tables) {
    for (const row of table.rows) {
      if (filled(row) < 2) continue;
      const p = personOf(row, table);
      const key = nameKey(p.name);
      if (!key) continue;
      const known = map.get(key) ?? { email: '', role: '' as ReportRole };
      map.set(key, { email: known.email || p.email, role: ROLE_RANK[p.role] > ROLE_RANK[known.role] ? p.role : known.role });
    }
  }
  return map;
}

interface Group {
  name: string;
  email: string;
  role: ReportRole;
  aliases: Set<string>;
  spans: { start: number; end: number; line: number }[];
}

/**
 * One person per e-mail, or per name where there is none; a row with no e-mail joins the one person with an
 * e-mail and the same name (a guest who came back from the phone). Intervals are rounded to the minute, kept to
 * the meeting's day, sorted and merged where they overlap or touch.
 */
export function groupPeople(entries: Entry[], extra: Map<string, { email: string; role: ReportRole }>, day: IsoDate, problems: ReportProblem[]): ReportPerson[] {
  for (const e of entries) {
    const more = extra.get(nameKey(e.name));
    if (more) {
      e.email ||= more.email;
      if (ROLE_RANK[more.role] > ROLE_RANK[e.role]) e.role = more.role;
    }
  }
  const groups = new Map<string, Group>();
  const emailByName = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.email) continue;
    const key = nameKey(e.name);
    const set = emailByName.get(key) ?? new Set<string>();
    set.add(e.email);
    emailByName.set(key, set);
  }
  for (const e of entries) {
    const sameName = emailByName.get(nameKey(e.name));
    const email = e.email || (sameName?.size === 1 ? [...sameName][0]! : '');
    const key = email ? `e:${email}` : `n:${nameKey(e.name)}`;
    const g = groups.get(key) ?? { name: e.name, email, role: '' as ReportRole, aliases: new Set<string>(), spans: [] };
    // The fullest form of the name seen wins ("Giulia Bianchi" over "Giulia").
    if (e.name.length > g.name.length) {
      g.aliases.add(g.name);
      g.name = e.name;
    } else if (e.name !== g.name) g.aliases.add(e.name);
    for (const a of e.aliases) g.aliases.add(a);
    if (ROLE_RANK[e.role] > ROLE_RANK[g.role]) g.role = e.role;
    g.spans.push({ start: e.start, end: e.end, line: e.line });
    groups.set(key, g);
  }
  const first = midnight(day);
  const dayStart = Math.round(first.getTime() / 60_000);
  const dayEnd = Math.round(new Date(first.getFullYear(), first.getMonth(), first.getDate() + 1).getTime() / 60_000) - 1;
  const people: ReportPerson[] = [];
  for (const g of groups.values()) {
    const minutes: { start: number; end: number }[] = [];
    for (const s of g.spans) {
      let start = Math.round(s.start / 60_000);
      let end = Math.round(s.end / 60_000);
      if (start < dayStart || end > dayEnd) {
        problems.push({ row: s.line, code: 'otherDay' });
        start = Math.max(start, dayStart);
        end = Math.min(end, dayEnd);
      }
      if (end > start) minutes.push({ start, end });
    }
    const merged = unionSpans(minutes);
    if (!merged.length) continue; // in the call for less than half a minute
    const stamp = (minute: number) => format(new Date(minute * 60_000), "yyyy-MM-dd'T'HH:mm");
    g.aliases.delete(g.name);
    people.push({
      name: g.name,
      email: g.email,
      role: g.role,
      intervals: merged.map((m) => ({ start: stamp(m.start), end: stamp(m.end) })),
      minutes: merged.reduce((sum, m) => sum + m.end - m.start, 0),
      aliases: [...g.aliases].filter(Boolean),
    });
  }
  const collator = new Intl.Collator('it', { sensitivity: 'base' });
  return people.sort((a, b) => collator.compare(a.name || a.email, b.name || b.email));
}
