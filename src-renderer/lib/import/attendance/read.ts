// Reads an attendance report (Teams, Zoom, Google Meet, Webex) into one entry per person with the intervals they
// were in the call, merged where they overlap. The file is recognised by its content: the tables are found by
// their header rows (whatever their order, language or extra columns), the summary by its labels, the platform
// by its own words. Pure: bytes in, data out; nothing is written.
import { format } from 'date-fns';
import type { IsoDate, ReportPlatform } from '../../domain/types';
import { dayMonthPair, hasTwelveHourClock, orderEvidence, parseDateOnly, parseDuration, parseStamp, type DateOrder, type ParsedStamp } from './datetime';
import { decodeReport, sniffKind, type ReportEncoding } from './decode';
import { AttendanceImportError } from './errors';
import { actionKind, columnRole, fold, isYes, normaliseRole, ROLE_RANK, summaryKey, type ColumnRole, type ReportRole, type SummaryKey } from './labels';
import { cleanDisplayName, cleanEmail, nameKey } from './names';
import { detectPlatform } from './platform';
import { sheetRows, textRows, type Row } from './table';

/** Larger than any report of a meeting with a few hundred people: refuse before parsing rather than freeze. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export interface ReportInterval {
  /** `yyyy-MM-ddTHH:mm`, this machine's time. */
  start: string;
  end: string;
}

export interface ReportPerson {
  name: string;
  /** Lower case; '' when the report has none. */
  email: string;
  role: ReportRole;
  /** Sorted, merged where they overlap or touch, rounded to the minute. */
  intervals: ReportInterval[];
  /** Minutes in the call: the union of the intervals. */
  minutes: number;
  /** Other forms of the name seen for this person (for matching; not part of the command-line output). */
  aliases: string[];
}

export type ReportProblemCode =
  | 'noName'
  | 'noTime'
  | 'badTime'
  | 'endBeforeStart'
  | 'incomplete'
  | 'waitingRoom'
  | 'otherDay'
  | 'openInterval'
  | 'firstLastOnly'
  | 'dateOrderAssumed'
  | 'dateOrderConflict';

export interface ReportProblem {
  /** Line of the file (row of the sheet); 0 for the file as a whole. */
  row: number;
  code: ReportProblemCode;
  params?: Record<string, string | number>;
}

export interface DateOrderReading {
  order: DateOrder;
  /** 'data': a day above 12 settles it; 'locale': the report's language or clock; 'assumed': nothing settles it. */
  decided: 'given' | 'data' | 'locale' | 'assumed' | 'none';
}

export interface AttendanceReport {
  platform: ReportPlatform;
  meeting: { title: string; date: IsoDate };
  people: ReportPerson[];
  problems: ReportProblem[];
  dateOrder: DateOrderReading;
  format: 'csv' | 'xlsx';
  encoding: ReportEncoding | null;
}

export interface ReadOptions {
  /** Read numeric dates in this order whatever the file suggests (the coordinator chose it). */
  dateOrder?: DateOrder;
  /** The meeting's day, for a report that gives only times of day. */
  day?: IsoDate;
}

export async function readAttendanceReport(bytes: Uint8Array, options: ReadOptions = {}): Promise<AttendanceReport> {
  if (bytes.byteLength === 0) throw new AttendanceImportError('empty');
  if (bytes.byteLength > MAX_REPORT_BYTES) throw new AttendanceImportError('tooLarge', { size: Math.round(bytes.byteLength / (1024 * 1024)) });
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new AttendanceImportError('xls');
  if (kind === 'zip') throw new AttendanceImportError('binary', { kind: 'ZIP' });
  if (kind === 'xlsx') return readRows(await sheetRows(bytes), { format: 'xlsx', encoding: null, endsWithNewline: true }, options);
  const { text, encoding } = decodeReport(bytes);
  return readRows(textRows(text).rows, { format: 'csv', encoding, endsWithNewline: /[\r\n]\s*$/.test(text) }, options);
}

// ---------------------------------------------------------------------------------------------------------------
// The layout: tables, summary, sections

interface Table {
  header: Row;
  roles: (ColumnRole | null)[];
  rows: Row[];
  /** 'detail': a row per join and leave; 'span': first join and last leave; 'actions': a row per join or leave event; 'totals': durations only. */
  kind: 'detail' | 'span' | 'actions' | 'totals';
}

const isSection = (row: Row) => row.cells.filter(Boolean).length === 1 && /^\d{1,2}\.\s+\S/.test(row.cells.find(Boolean) ?? '');
const filled = (row: Row) => row.cells.filter((c) => c !== '').length;

function rolesOf(row: Row): (ColumnRole | null)[] {
  const roles = row.cells.map((c) => (c ? columnRole(c) : null));
  // "Nome" beside "Cognome" is the first name.
  if (roles.includes('lastName')) return roles.map((r) => (r === 'name' ? 'firstName' : r));
  return roles;
}

function tableKind(roles: (ColumnRole | null)[]): Table['kind'] | null {
  const has = (r: ColumnRole) => roles.includes(r);
  const named = has('name') || has('lastName') || has('firstName');
  if (!named) return null;
  if (has('join') && (has('leave') || has('duration'))) return 'detail';
  if (has('firstJoin') || has('lastLeave')) return 'span';
  if (has('action') && (has('timestamp') || has('join'))) return 'actions';
  if (has('join')) return 'detail';
  if (has('duration')) return 'totals';
  return null;
}

interface Layout {
  tables: Table[];
  summary: Partial<Record<SummaryKey, { value: string; line: number }>>;
  /** Every label seen (headers, section titles, summary keys), for the platform. */
  labels: string[];
}

function findLayout(rows: Row[]): Layout {
  const tables: Table[] = [];
  const summary: Layout['summary'] = {};
  const labels: string[] = [];
  let current: Table | null = null;
  const remember = (key: SummaryKey | null, value: string, line: number) => {
    if (key && value && !summary[key]) summary[key] = { value, line };
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (filled(row) === 0) continue;
    if (isSection(row)) {
      labels.push(row.cells.find(Boolean)!);
      current = null;
      continue;
    }
    const roles = rolesOf(row);
    const kind = tableKind(roles);
    // A header row: its labels name a person and a time, and it is not itself data (no value reads as a time).
    if (kind && roles.filter(Boolean).length >= 2 && !row.cells.some((c) => parseStamp(c, 'dmy'))) {
      current = { header: row, roles, rows: [], kind };
      tables.push(current);
      labels.push(...row.cells);
      continue;
    }
    if (current && !(filled(row) === 2 && row.cells[0] && summaryKey(row.cells[0]))) {
      current.rows.push(row);
      continue;
    }
    // Outside a table: a summary line ("Meeting title<TAB>…"), or a block of labels with their values on the next
    // row (Zoom's meeting block: "Meeting ID,Topic,Start Time,…").
    const cells = row.cells;
    if (filled(row) === 2 && cells[0] && summaryKey(cells[0])) {
      labels.push(cells[0]);
      remember(summaryKey(cells[0]), cells[1] ?? '', row.line);
      continue;
    }
    labels.push(cells[0] ?? '');
    const keys = cells.map((c) => (c ? summaryKey(c) : null));
    if (keys.filter(Boolean).length >= 2 || cells.some((c) => /^(meeting id|id riunione|meeting code|codice riunione)$/.test(fold(c)))) {
      labels.push(...cells);
      const next = rows[i + 1];
      if (next && filled(next) > 0 && !tableKind(rolesOf(next))) {
        keys.forEach((key, k) => remember(key, next.cells[k] ?? '', next.line));
        i++;
      }
    }
  }
  return { tables, summary, labels };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: which order, and which day

const ITALIAN_LABELS = /\b(riepilogo|partecipanti|nome|cognome|durata|ruolo|ora di|uscita|ingresso|accesso|titolo|argomento|riunione)\b/;

function decideOrder(stamps: string[], labels: string[], given: DateOrder | undefined, problems: ReportProblem[]): DateOrderReading {
  if (given) return { order: given, decided: 'given' };
  const ambiguous = stamps.filter((s) => dayMonthPair(s));
  if (!ambiguous.length) return { order: 'dmy', decided: 'none' };
  const { dmy, mdy } = orderEvidence(ambiguous);
  if (dmy && mdy) {
    const order: DateOrder = dmy >= mdy ? 'dmy' : 'mdy';
    problems.push({ row: 0, code: 'dateOrderConflict', params: { order } });
    return { order, decided: 'data' };
  }
  if (dmy) return { order: 'dmy', decided: 'data' };
  if (mdy) return { order: 'mdy', decided: 'data' };
  // Nothing above 12: the language of the labels, or a 12-hour clock (American), settles it.
  if (labels.some((l) => ITALIAN_LABELS.test(fold(l)))) return { order: 'dmy', decided: 'locale' };
  if (ambiguous.some(hasTwelveHourClock)) return { order: 'mdy', decided: 'locale' };
  problems.push({ row: 0, code: 'dateOrderAssumed', params: { value: ambiguous[0]! } });
  return { order: 'dmy', decided: 'assumed' };
}

const isoOf = (d: Date) => format(d, 'yyyy-MM-dd');
const midnight = (iso: IsoDate) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

// ---------------------------------------------------------------------------------------------------------------
// Rows into entries (one per join and leave), then people

interface Entry {
  line: number;
  name: string;
  aliases: string[];
  email: string;
  role: ReportRole;
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
}

interface Pending {
  line: number;
  name: string;
  aliases: string[];
  email: string;
  role: ReportRole;
  start: ParsedStamp | null;
  end: ParsedStamp | null;
  seconds: number | null;
}

function cellOf(row: Row, roles: (ColumnRole | null)[], role: ColumnRole): string {
  const i = roles.indexOf(role);
  return i >= 0 ? (row.cells[i] ?? '') : '';
}

/** The person a row names: the name (first and last, if split), the e-mail (or a UPN that is one), the role. */
function personOf(row: Row, table: Table): { name: string; aliases: string[]; email: string; role: ReportRole } {
  const { roles, header } = table;
  const nameIndex = roles.indexOf('name');
  const raw = nameIndex >= 0 ? (row.cells[nameIndex] ?? '') : [cellOf(row, roles, 'firstName'), cellOf(row, roles, 'lastName')].filter(Boolean).join(' ');
  const zoomOriginal = nameIndex >= 0 && /\((original name|nome originale)\)/.test(fold(header.cells[nameIndex] ?? ''));
  const { name, aliases } = cleanDisplayName(raw, zoomOriginal);
  const email = cleanEmail(cellOf(row, roles, 'email')) || cleanEmail(cellOf(row, roles, 'upn'));
  // A role may also hide in the name: "Mario Rossi (Host)".
  const role = normaliseRole(cellOf(row, roles, 'role')) || normaliseRole(/[([]([^()[\]]*)[)\]]\s*$/.exec(raw)?.[1] ?? '');
  return { name, aliases, email, role };
}

function durationUnit(header: string): 'minutes' | 'seconds' {
  return /\b(sec|second|secondi)/.test(fold(header)) ? 'seconds' : 'minutes';
}

export function readRows(rows: Row[], source: { format: 'csv' | 'xlsx'; encoding: ReportEncoding | null; endsWithNewline: boolean }, options: ReadOptions): AttendanceReport {
  const layout = findLayout(rows);
  if (!layout.tables.length) {
    // The beginning of a Teams report with nothing after its summary was cut short; anything else is not a report.
    if (layout.summary.title && layout.labels.some((l) => /^\d\.\s/.test(l))) throw new AttendanceImportError('truncated');
    throw new AttendanceImportError('notReport');
  }
  const platform = detectPlatform(layout.labels);
  if (!platform) throw new AttendanceImportError('unknownPlatform');

  const problems: ReportProblem[] = [];
  const detail = layout.tables.filter((t) => t.kind === 'detail');
  const spans = layout.tables.filter((t) => t.kind === 'span');
  const actions = layout.tables.filter((t) => t.kind === 'actions');
  // The table with the most rows of joins and leaves (Teams: "In-Meeting Activities" over "Participants").
  const pickLargest = (list: Table[]) => list.reduce((a, b) => (b.rows.length >= a.rows.length ? b : a));
  const main = detail.length ? pickLargest(detail) : spans.length ? pickLargest(spans) : actions.length ? pickLargest(actions) : null;
  if (!main) throw new AttendanceImportError('noTimes');
  if (main.kind === 'span') problems.push({ row: 0, code: 'firstLastOnly' });

  // The file stops in the middle of its last row (no final line break, fewer cells than the header, or a last
  // value that does not read): it was cut short, and what is missing cannot be told.
  const lastOfFile = rows.filter((r) => filled(r) > 0).at(-1);
  const cutShort = (line: number) => !source.endsWithNewline && lastOfFile?.line === line;
  if (lastOfFile && cutShort(lastOfFile.line) && main.rows.includes(lastOfFile) && lastOfFile.width < main.header.width) throw new AttendanceImportError('truncated');

  // Every value that may be a date, to decide the order of day and month once for the file.
  const stampRoles: ColumnRole[] = ['join', 'leave', 'firstJoin', 'lastLeave', 'timestamp', 'meetingStart'];
  const stamps = [
    ...layout.tables.flatMap((t) => t.rows.flatMap((r) => t.roles.flatMap((role, i) => (role && stampRoles.includes(role) ? [r.cells[i] ?? ''] : [])))),
    layout.summary.start?.value ?? '',
    layout.summary.end?.value ?? '',
  ].filter(Boolean);
  const dateOrder = decideOrder(stamps, layout.labels, options.dateOrder, problems);
  const order = dateOrder.order;

  // The meeting: its title and day from the summary, or from the rows themselves (Webex repeats them per row).
  const firstOf = (role: ColumnRole) => main.rows.map((r) => cellOf(r, main.roles, role)).find(Boolean) ?? '';
  const title = (layout.summary.title?.value || firstOf('meetingTitle')).trim();
  const startText = layout.summary.start?.value || firstOf('meetingStart');
  const meetingStart = startText ? parseStamp(startText, order) : null;
  const endText = layout.summary.end?.value ?? '';
  const meetingEnd = endText ? parseStamp(endText, order) : null;
  let day: IsoDate | null = meetingStart?.kind === 'full' ? isoOf(meetingStart.at) : dayOfText(startText, order);

  // Rows into pending entries: the person and the raw times.
  const pending: Pending[] = [];
  let waiting = 0;
  if (main.kind === 'actions') {
    pending.push(...pairActions(main, order, problems, meetingEnd));
  } else {
    const joinRole: ColumnRole = main.kind === 'span' ? 'firstJoin' : 'join';
    const leaveRole: ColumnRole = main.kind === 'span' ? 'lastLeave' : 'leave';
    const durationIndex = main.roles.indexOf('duration');
    const unit = durationIndex >= 0 ? durationUnit(main.header.cells[durationIndex] ?? '') : 'minutes';
    for (const row of main.rows) {
      if (filled(row) < 2) continue; // a note under the table, a stray cell
      const person = personOf(row, main);
      if (!person.name && !person.email) {
        problems.push({ row: row.line, code: 'noName' });
        continue;
      }
      if (isYes(cellOf(row, main.roles, 'waitingRoom'))) {
        waiting++;
        continue;
      }
      const joinText = cellOf(row, main.roles, joinRole) || (main.kind === 'span' ? cellOf(row, main.roles, 'join') : '');
      const leaveText = cellOf(row, main.roles, leaveRole) || (main.kind === 'span' ? cellOf(row, main.roles, 'leave') : '');
      const start = joinText ? parseStamp(joinText, order) : null;
      const end = leaveText ? parseStamp(leaveText, order) : null;
      const seconds = durationIndex >= 0 ? parseDuration(row.cells[durationIndex] ?? '', unit) : null;
      if ((joinText && !start) || (leaveText && !end)) {
        problems.push({ row: row.line, code: 'badTime', params: { value: joinText && !start ? joinText : leaveText } });
        continue;
      }
      // A join and a leave, or one of them and the duration.
      if ((!start && !(end && seconds !== null)) || (!end && seconds === null)) {
        problems.push({ row: row.line, code: row.width < main.header.width ? 'incomplete' : 'noTime' });
        continue;
      }
      pending.push({ line: row.line, ...person, start, end, seconds });
    }
  }
  if (waiting) problems.push({ row: 0, code: 'waitingRoom', params: { count: waiting } });

  // The day: the summary's, else the earliest full date-time, else the one the caller gave.
  day ??= earliestDay(pending) ?? options.day ?? null;
  if (!day) {
    if (pending.length) throw new AttendanceImportError('noDate');
    throw new AttendanceImportError('noRows');
  }

  if (problems.some((p) => p.row > 0 && cutShort(p.row))) throw new AttendanceImportError('truncated');
  const entries = pending.flatMap((p) => toEntry(p, day!, problems));
  const people = groupPeople(entries, enrichment(layout.tables.filter((t) => t !== main)), day, problems);
  if (!people.length) throw new AttendanceImportError('noRows', { problems: problems.length });
  problems.sort((a, b) => a.row - b.row);
  return { platform, meeting: { title, date: day }, people, problems, dateOrder, format: source.format, encoding: source.encoding };
}

/** The day of a summary's date (with or without a time), or null. */
function dayOfText(text: string, order: DateOrder): IsoDate | null {
  const d = text ? parseDateOnly(text, order) : null;
  return d ? isoOf(d) : null;
}

function earliestDay(pending: Pending[]): IsoDate | null {
  const times = pending.flatMap((p) => [p.start, p.end]).filter((s): s is Extract<ParsedStamp, { kind: 'full' }> => s?.kind === 'full').map((s) => s.at.getTime());
  return times.length ? isoOf(new Date(Math.min(...times))) : null;
}

/** Absolute times of a pending row: a time of day takes the meeting's day; a missing end is start + duration. */
function toEntry(p: Pending, day: IsoDate, problems: ReportProblem[]): Entry[] {
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
function pairActions(table: Table, order: DateOrder, problems: ReportProblem[], meetingEnd: ParsedStamp | null): Pending[] {
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
function enrichment(tables: Table[]): Map<string, { email: string; role: ReportRole }> {
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
function groupPeople(entries: Entry[], extra: Map<string, { email: string; role: ReportRole }>, day: IsoDate, problems: ReportProblem[]): ReportPerson[] {
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
    minutes.sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const m of minutes) {
      const last = merged[merged.length - 1];
      if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
      else merged.push({ ...m });
    }
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
