// Dates, times and durations as the platforms write them. A date-time is read as wall-clock time of this
// machine (the time the organiser saw), unless it carries its own offset ("Z", "+02:00", "GMT+2"), which is then
// turned into this machine's time. Numeric dates are day/month or month/day by the export's locale: the order
// is decided once per file from the data (a 20 can only be a day), with date-fns parsing each value by an
// explicit format for that order.
import { isValid, parse } from 'date-fns';
import { enUS, it } from 'date-fns/locale';

export type DateOrder = 'dmy' | 'mdy';

export type ParsedStamp = { kind: 'full'; at: Date } | { kind: 'time'; seconds: number };

const REFERENCE = new Date(2000, 0, 1);

const STAMP_RE =
  /^(?<date>.*?)(?:[\sT,]+|^)(?<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d{1,6})?)(?:\s*(?<ampm>[aApP])\.?\s?[mM]\.?)?\s*(?<zone>Z|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})?\s*(?:\([^)]*\))?$/;

const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|gio|ven|sab|dom)[a-zàèéìòù]*\.?,?\s+/i;
const TEXT_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'd MMM, yyyy', 'd-MMM-yyyy', 'd-MMM-yy', 'MMM d, yy'];

/** The two numbers of a numeric date that could be day or month, or null for another kind of date. */
export function dayMonthPair(value: string): [number, number] | null {
  const datePart = STAMP_RE.exec(value.trim())?.groups?.date ?? value.trim();
  const m = NUMERIC_DATE.exec(datePart.replace(WEEKDAY, '').trim());
  if (!m || m[1]!.length === 4) return null;
  return [Number(m[1]), Number(m[3])];
}

/** What the values say about the order: a first number above 12 is a day, a second one above 12 too. */
export function orderEvidence(values: string[]): { dmy: number; mdy: number } {
  let dmy = 0;
  let mdy = 0;
  for (const v of values) {
    const pair = dayMonthPair(v);
    if (!pair) continue;
    if (pair[0] > 12 && pair[1] <= 12) dmy++;
    else if (pair[1] > 12 && pair[0] <= 12) mdy++;
  }
  return { dmy, mdy };
}

/** Whether a value is written with a 12-hour clock ("9:58 AM"). */
export function hasTwelveHourClock(value: string): boolean {
  return Boolean(STAMP_RE.exec(value.trim())?.groups?.ampm);
}

function parseDatePart(text: string, order: DateOrder): Date | null {
  const clean = text.replace(WEEKDAY, '').replace(/,\s*$/, '').trim();
  const numeric = NUMERIC_DATE.exec(clean);
  if (numeric) {
    const [, a, sep, , c] = numeric as unknown as [string, string, string, string, string];
    const year = c.length <= 2 ? 'yy' : 'yyyy';
    const format = a.length === 4 ? `yyyy${sep}M${sep}d` : order === 'dmy' ? `d${sep}M${sep}${year}` : `M${sep}d${sep}${year}`;
    const d = parse(clean, format, REFERENCE);
    return isValid(d) ? d : null;
  }
  const words = clean.replace(/\b([A-Za-zàèéìòù]{3,})\./g, '$1').replace(/\s+/g, ' ');
  for (const locale of [enUS, it]) {
    for (const format of TEXT_FORMATS) {
      const d = parse(words, format, REFERENCE, { locale });
      if (isValid(d)) return d;
    }
  }
  return null;
}

function parseTimePart(time: string, ampm: string | undefined): number | null {
  // "09:58", "9.58.12" (Italian Windows), "07:58:12.000": hours, minutes, seconds; a fraction is dropped.
  const [h, m, s] = time.split(/[:.,]/);
  const text = `${h}:${m}${s !== undefined ? `:${s}` : ''}${ampm ? ` ${ampm.toUpperCase()}M` : ''}`;
  const format = `${ampm ? 'h' : 'H'}:mm${s !== undefined ? ':ss' : ''}${ampm ? ' a' : ''}`;
  const d = parse(text, format, REFERENCE);
  return isValid(d) ? d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds() : null;
}

function zoneOffsetMinutes(zone: string): number {
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** A join or leave time: a full date-time, or a time of day when the report gives no date. Null: not a time. */
export function parseStamp(value: string, order: DateOrder): ParsedStamp | null {
  const match = STAMP_RE.exec(value.trim());
  if (!match?.groups) return null;
  const { date, time, ampm, zone } = match.groups as { date: string; time: string; ampm?: string; zone?: string };
  const seconds = parseTimePart(time, ampm);
  if (seconds === null) return null;
  if (!date.trim()) return { kind: 'time', seconds };
  const day = parseDatePart(date, order);
  if (!day) return null;
  const [y, mo, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
  const [hh, mm, ss] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  if (zone) return { kind: 'full', at: new Date(Date.UTC(y, mo, d, hh, mm, ss) - zoneOffsetMinutes(zone) * 60_000) };
  return { kind: 'full', at: new Date(y, mo, d, hh, mm, ss) };
}

/** A date with no time (a summary's "Date" line), or null. */
export function parseDateOnly(value: string, order: DateOrder): Date | null {
  return parseDatePart(value.trim(), order);
}

const UNITS: [RegExp, number][] = [
  [/^(d|day|days|giorno|giorni|gg)$/, 86400],
  [/^(h|hr|hrs|hour|hours|ora|ore)$/, 3600],
  [/^(m|min|mins|minute|minutes|minuto|minuti|mn)$/, 60],
  [/^(s|sec|secs|second|seconds|secondo|secondi)$/, 1],
];

/**
 * A duration in seconds: "1h 3m 53s", "1 hr 3 min", "1 ora e 3 minuti", "63 min", "01:03:53", "1:03", or a bare
 * number in the column's unit ("Duration (Minutes)": minutes). Null when it is not a duration.
 */
export function parseDuration(text: string, bareUnit: 'minutes' | 'seconds' = 'minutes'): number | null {
  const value = text.trim().toLowerCase();
  if (!value) return null;
  if (/^\d+([.,]\d+)?$/.test(value)) return Math.round(Number(value.replace(',', '.')) * (bareUnit === 'minutes' ? 60 : 1));
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  let total = 0;
  let found = false;
  const rest = value.replace(/(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?/g, (whole, amount: string, unit: string) => {
    const factor = UNITS.find(([re]) => re.test(unit))?.[1];
    if (factor === undefined) return whole;
    total += Number(amount.replace(',', '.')) * factor;
    found = true;
    return ' ';
  });
  if (!found || !/^[\s,;]*((e|and|y|et|und)[\s,;]*)*$/.test(rest)) return null;
  return Math.round(total);
}
