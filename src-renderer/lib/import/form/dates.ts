// "Date disponibili": the dates in the many ways people write them, grouped into candidate sessions.
// Day ranges without a year ("7-8 MAGGIO"), full dates with a weekday ("Lunedì 20 aprile 2026"), numeric dates
// ("14/09/2027"), lists split by "o", "oppure", "e", commas or new lines, and an explicit "O"/"E" line.
import { addDaysIso, daysBetween, isIsoDate, weekdayName } from '../../domain/dates';
import { dateConcerns } from '../../domain/date-checks';
import type { CandidateSession, DateMode, IsoDate } from '../../domain/types';
import { fold } from './text';
import { warning, type FormWarning } from './warnings';


type Connector = 'or' | 'and' | 'range' | 'list' | null;

interface DateItem {
  day: number;
  month: number;
  year: number | null;
  weekday: number | null;
  /** How this date is joined to the previous one. */
  connector: Connector;
  line: number;
  /** The words as written, for messages. */
  written: string;
}

const WEEKDAYS = ['domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato'];
const MONTHS: [RegExp, number][] = [
  [/^gen(?:naio|n?\.?)?$/, 1], [/^feb(?:braio|b?\.?)?$/, 2], [/^mar(?:zo|\.)?$/, 3], [/^apr(?:ile|\.)?$/, 4],
  [/^mag(?:gio|g?\.?)?$/, 5], [/^giu(?:gno|\.)?$/, 6], [/^lug(?:lio|\.)?$/, 7], [/^ago(?:sto|\.)?$/, 8],
  [/^set(?:tembre|t?\.?)?$/, 9], [/^ott(?:obre|\.)?$/, 10], [/^nov(?:embre|\.)?$/, 11], [/^dic(?:embre|\.)?$/, 12],
];

type Token =
  | { kind: 'numdate'; day: number; month: number; year: number | null; text: string }
  | { kind: 'day'; day: number; text: string }
  | { kind: 'year'; year: number }
  | { kind: 'month'; month: number; text: string }
  | { kind: 'weekday'; weekday: number; text: string }
  | { kind: 'sep'; connector: Exclude<Connector, null> };

const TOKEN = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)|(\d{1,2})[/.](\d{1,2})(?![\d/.]\d)|(\d{4})(?!\d)|(\d{1,2})(?:°|º)?(?!\d)|([a-z]+)\.?|('|’)|([-–—,;/&]|\+)/g;

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const m of fold(line).matchAll(TOKEN)) {
    const original = line.slice(m.index, m.index + m[0].length);
    if (m[1] || m[5]) {
      const [day, month] = m[1] ? [Number(m[1]), Number(m[3])] : [Number(m[5]), Number(m[6])];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) tokens.push({ kind: 'numdate', day, month, year: m[1] ? fullYear(m[4]!) : null, text: original });
    }
    else if (m[7]) {
      const y = Number(m[7]);
      if (y >= 1990 && y <= 2199) tokens.push({ kind: 'year', year: y });
    } else if (m[8]) {
      const day = Number(m[8]);
      if (day >= 1 && day <= 31) tokens.push({ kind: 'day', day, text: original });
    }
    else if (m[9]) {
      const word = m[9];
      const weekday = WEEKDAYS.indexOf(word);
      const month = MONTHS.find(([re]) => re.test(word))?.[1];
      if (weekday >= 0) tokens.push({ kind: 'weekday', weekday, text: original });
      else if (month && word.length >= 3) tokens.push({ kind: 'month', month, text: original.replace(/\.$/, '') });
      else if (word === 'o' || word === 'oppure' || word === 'ovvero' || word === 'alternativa') tokens.push({ kind: 'sep', connector: 'or' });
      else if (word === 'e' || word === 'ed') tokens.push({ kind: 'sep', connector: 'and' });
      else if (['al', 'all', 'allo', 'a', 'fino'].includes(word)) tokens.push({ kind: 'sep', connector: 'range' });
    } else if (m[11]) {
      const c = m[11];
      tokens.push({ kind: 'sep', connector: c === ',' || c === ';' ? 'list' : c === '&' || c === '+' ? 'and' : 'range' });
    }
  }
  return tokens;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** An "O" or "E" on a line of its own (possibly "oppure"), the form's way of choosing the mode. */
function modeMarker(line: string): 'or' | 'and' | null {
  const f = fold(line).replace(/[\s"'«».:;,()*_-]/g, '');
  if (f === 'o' || f === 'oppure') return 'or';
  if (f === 'e') return 'and';
  return null;
}

/** Reads the date items of the block, with the connector before each and any explicit O/E marker. */
function readItems(lines: { n: number; text: string }[]): { items: DateItem[]; marker: 'or' | 'and' | null } {
  const items: DateItem[] = [];
  let marker: 'or' | 'and' | null = null;
  let pendingConnector: Connector = null;
  for (const line of lines) {
    if (!line.text) continue;
    const m = modeMarker(line.text);
    if (m) {
      marker ??= m;
      pendingConnector = m;
      continue;
    }
    const tokens = tokenize(line.text);
    if (items.length > 0) pendingConnector = strongest(pendingConnector, 'list');
    let pendingDays: { day: number; weekday: number | null; connector: Connector; text: string }[] = [];
    let weekday: number | null = null;
    let weekdayText = '';
    const lineItems: DateItem[] = [];
    const emit = (item: Omit<DateItem, 'line'>) => {
      const full = { ...item, line: line.n };
      items.push(full);
      lineItems.push(full);
    };
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === 'sep') pendingConnector = strongest(pendingConnector, tok.connector);
      else if (tok.kind === 'weekday') {
        weekday = tok.weekday;
        weekdayText = tok.text;
      } else if (tok.kind === 'day') {
        pendingDays.push({ day: tok.day, weekday, connector: items.length + pendingDays.length > 0 ? pendingConnector : null, text: `${weekdayText ? weekdayText + ' ' : ''}${tok.text}` });
        pendingConnector = null;
        weekday = null;
        weekdayText = '';
      } else if (tok.kind === 'numdate') {
        const next = tokens[i + 1];
        if (tok.year === null && next?.kind === 'month') {
          // "7/8 maggio": two days of the month named next, not a numeric day/month.
          pendingDays.push({ day: tok.day, weekday, connector: items.length + pendingDays.length > 0 ? pendingConnector : null, text: String(tok.day) });
          pendingDays.push({ day: tok.month, weekday: null, connector: 'range', text: String(tok.month) });
          pendingConnector = null;
          weekday = null;
          continue;
        }
        for (const p of pendingDays) emit({ day: p.day, month: tok.month, year: tok.year, weekday: p.weekday, connector: p.connector, written: p.text });
        pendingDays = [];
        emit({ day: tok.day, month: tok.month, year: tok.year, weekday, connector: items.length > 0 ? pendingConnector : null, written: `${weekdayText ? weekdayText + ' ' : ''}${tok.text}` });
        pendingConnector = null;
        weekday = null;
        weekdayText = '';
      } else if (tok.kind === 'month') {
        const next = tokens[i + 1];
        const year = next?.kind === 'year' ? next.year : null;
        if (year !== null) i++;
        for (const p of pendingDays) emit({ day: p.day, month: tok.month, year, weekday: p.weekday, connector: p.connector, written: `${p.text} ${tok.text}${year ? ' ' + year : ''}` });
        pendingDays = [];
      } else if (tok.kind === 'year') {
        for (const it of lineItems) if (it.year === null) it.year = tok.year;
      }
    }
    // A date without a year takes the year written later on the same line ("20 aprile o 27 aprile 2026").
    for (let i = lineItems.length - 2; i >= 0; i--) {
      const it = lineItems[i]!;
      const after = lineItems[i + 1]!;
      if (it.year === null && after.year !== null) it.year = it.month > after.month ? after.year - 1 : after.year;
    }
  }
  return { items, marker };
}

function strongest(a: Connector, b: Exclude<Connector, null>): Connector {
  const rank = { or: 4, and: 3, range: 2, list: 1 } as const;
  return a && rank[a] >= rank[b] ? a : b;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DatesReading {
  sessions: CandidateSession[];
  dateMode: DateMode;
  warnings: FormWarning[];
  /** Days inferred from the dates when the form gives no duration. */
  inferredDuration: 1 | 2 | null;
}

/**
 * Reads the dates block. `durationDays` (from the form) decides how consecutive dates group into sessions;
 * `today` is the reference for dates written without a year.
 */
export function readDates(lines: { n: number; text: string }[], durationDays: 1 | 2 | null, today: IsoDate): DatesReading {
  const warnings: FormWarning[] = [];
  const { items, marker } = readItems(lines);
  const thisYear = Number(today.slice(0, 4));

  // Resolve years and check each date.
  const resolved: { date: IsoDate; connector: Connector; written: string }[] = [];
  const noYear: string[] = [];
  let previous: IsoDate | null = null;
  for (const item of items) {
    let year = item.year;
    if (year === null) {
      year = thisYear;
      // Keep a range together ("30 dicembre - 2 gennaio"), otherwise the first occurrence on or after today.
      if (item.connector === 'range' && previous) {
        year = Number(previous.slice(0, 4));
        if (iso(year, item.month, item.day) < previous) year++;
      } else if (iso(year, item.month, item.day) < today) year++;
      noYear.push(`${item.written} → ${year}`);
    }
    const date = iso(year, item.month, item.day);
    if (!isIsoDate(date)) {
      warnings.push(warning('sessions', 'dateInvalid', { written: item.written }));
      continue;
    }
    if (item.weekday !== null) {
      const actual = weekdayName(date);
      if (fold(actual) !== WEEKDAYS[item.weekday]) {
        warnings.push(warning('sessions', 'weekdayMismatch', { written: item.written, date }));
      }
    }
    resolved.push({ date, connector: item.connector, written: item.written });
    previous = date;
  }
  if (noYear.length > 0) {
    warnings.push(warning('sessions', 'noYear', { assumed: noYear.join('; ') }));
  }

  // Units: a range is one unit of all its days; any other date starts a unit of its own.
  const units: { days: IsoDate[]; connector: Connector }[] = [];
  for (const r of resolved) {
    const last = units[units.length - 1];
    if (r.connector === 'range' && last) {
      const from = last.days[last.days.length - 1]!;
      const span = daysBetween(from, r.date);
      if (span <= 0 || span > 31) {
        warnings.push(warning('sessions', 'rangeUnreadable', { written: r.written }));
        units.push({ days: [r.date], connector: 'list' });
        continue;
      }
      for (let d = 1; d <= span; d++) last.days.push(addDaysIso(from, d));
      continue;
    }
    units.push({ days: [r.date], connector: r.connector });
  }

  let inferredDuration: 1 | 2 | null = null;
  let duration = durationDays;
  if (duration === null && units.length > 0) {
    duration = units.some((u) => u.days.length === 2) ? 2 : 1;
    inferredDuration = duration;
  }

  // Sessions: each of `duration` consecutive days.
  const sessions: { days: IsoDate[]; connector: Connector }[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (duration === 2) {
      const next = units[u + 1];
      if (unit.days.length === 1 && next && next.days.length === 1 && next.connector !== 'or' && daysBetween(unit.days[0]!, next.days[0]!) === 1) {
        sessions.push({ days: [unit.days[0]!, next.days[0]!], connector: unit.connector });
        u++;
        continue;
      }
      if (unit.days.length === 1) {
        warnings.push(warning('sessions', 'oneDayOfTwo', { date: unit.days[0]! }));
        sessions.push({ days: unit.days, connector: unit.connector });
        continue;
      }
      if (unit.days.length > 2) {
        warnings.push(warning('sessions', 'periodSplit', { from: unit.days[0]!, to: unit.days[unit.days.length - 1]! }));
      }
      for (let i = 0; i < unit.days.length; i += 2) sessions.push({ days: unit.days.slice(i, i + 2), connector: i === 0 ? unit.connector : 'list' });
    } else {
      if (unit.days.length > 1) {
        warnings.push(warning('sessions', 'daysAsSessions', { from: unit.days[0]!, to: unit.days[unit.days.length - 1]! }));
      }
      unit.days.forEach((day, i) => sessions.push({ days: [day], connector: i === 0 ? unit.connector : 'list' }));
    }
  }

  // Mode: the explicit O/E, else the words between sessions.
  let dateMode: DateMode = 'single';
  if (sessions.length > 1) {
    const between = sessions.slice(1).map((s) => s.connector);
    if (marker === 'or' || (!marker && between.includes('or'))) dateMode = 'alternatives';
    else if (marker === 'and' || between.includes('and')) dateMode = 'multiple';
    else {
      dateMode = 'alternatives';
      warnings.push(warning('dateMode', 'dateModeUnclear'));
    }
  }

  // The same rules as every editor and the choice of a date: holidays, weekends, days already past.
  for (const c of dateConcerns(sessions.flatMap((s) => s.days), today)) {
    const check = c.kind === 'holiday' ? warning('sessions', 'holiday', { date: c.day, holiday: c.holiday }) : warning('sessions', c.kind, { date: c.day });
    warnings.push({ ...check, dateCheck: true });
  }
  if (sessions.length === 0) warnings.push(warning('sessions', 'noDates'));

  return { sessions: sessions.map((s) => ({ days: s.days })), dateMode, warnings, inferredDuration };
}
