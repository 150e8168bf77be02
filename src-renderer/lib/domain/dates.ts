// The one place dates are parsed and formatted (STYLE: dates as `yyyy-MM-dd` strings at the edges,
// wrapped behind one module over date-fns).
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import { enGB, it } from 'date-fns/locale';
import type { IsoDate } from './types';

export type Locale = 'it' | 'en';
const locales = { it, en: enGB } as const;

const ISO = 'yyyy-MM-dd';
const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `yyyy-MM-dd` to a local Date at midnight, or null if it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_RE.test(value)) return null;
  const date = parse(value, ISO, new Date(2000, 0, 1));
  return isValid(date) && format(date, ISO) === value ? date : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

// An instant as stored (`Date.toISOString()`, or ISO 8601 with an offset): a real calendar day, a real time.
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/** True for an ISO instant whose day exists ("2026-02-30T…" does not: Date would roll it to March). */
export function isIsoInstant(value: string): boolean {
  const match = INSTANT_RE.exec(value);
  return match !== null && isIsoDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, ISO);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(mustParse(value), days));
}

/** The same day `months` later (31 January + 1 month = 28 or 29 February). */
export function addMonthsIso(value: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(mustParse(value), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(mustParse(to), mustParse(from));
}

/** True when each day follows the previous one by exactly one day. */
export function areConsecutive(days: IsoDate[]): boolean {
  return days.every((day, i) => i === 0 || (isIsoDate(day) && daysBetween(days[i - 1]!, day) === 1));
}

/** "giovedì 7 maggio 2026" / "Thursday 7 May 2026" */
export function formatLongDate(value: IsoDate, locale: Locale = 'it'): string {
  return format(mustParse(value), 'EEEE d MMMM yyyy', { locale: locales[locale] });
}

/** "7 maggio 2026" */
export function formatDate(value: IsoDate, locale: Locale = 'it'): string {
  return format(mustParse(value), 'd MMMM yyyy', { locale: locales[locale] });
}

/** "07/05/2026", the way Italian forms and spreadsheets write it */
export function formatShortDate(value: IsoDate): string {
  return format(mustParse(value), 'dd/MM/yyyy');
}

/** The local day and time of an instant, as Italians write them: { date: "12/04/2026", time: "09:15" }. */
export function formatInstant(instant: string): { date: string; time: string } {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return { date: '', time: '' };
  return { date: format(d, 'dd/MM/yyyy'), time: format(d, 'HH:mm') };
}

/** Weekday name: "giovedì" */
export function weekdayName(value: IsoDate, locale: Locale = 'it'): string {
  return format(mustParse(value), 'EEEE', { locale: locales[locale] });
}

/**
 * The days of a session written as a person would:
 * "giovedì 7 e venerdì 8 maggio 2026", "giovedì 30 aprile e venerdì 1 maggio 2026",
 * "giovedì 31 dicembre 2026 e venerdì 1 gennaio 2027".
 */
export function formatDays(days: IsoDate[], locale: Locale = 'it'): string {
  if (days.length === 0) return '';
  if (days.length === 1) return formatLongDate(days[0]!, locale);
  const loc = { locale: locales[locale] };
  const dates = days.map(mustParse);
  const last = dates[dates.length - 1]!;
  const sameYear = dates.every((d) => d.getFullYear() === last.getFullYear());
  const sameMonth = sameYear && dates.every((d) => d.getMonth() === last.getMonth());
  const head = dates.slice(0, -1).map((d) => format(d, sameMonth ? 'EEEE d' : sameYear ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy', loc));
  const and = locale === 'it' ? ' e ' : ' and ';
  return `${head.join(', ')}${and}${format(last, 'EEEE d MMMM yyyy', loc)}`;
}

/** What a date field holds, read the way an Italian types a date. */
export type TypedDate =
  | { kind: 'blank' }
  /** `complete`: written with a four-digit year (or as `yyyy-MM-dd`), so the person is not still typing it. */
  | { kind: 'date'; iso: IsoDate; complete: boolean }
  | { kind: 'invalid'; reason: 'format' }
  /** A day the calendar does not have: 31/02/2026, 29/02/2027, 12/13/2026; `written` is it as dd/mm/yyyy. */
  | { kind: 'invalid'; reason: 'noSuchDay'; written: string }
  /** A year written with four digits that no exchange has (before 1900 or after 2199). */
  | { kind: 'invalid'; reason: 'year'; year: string };

// Day, month, year separated by / - . or spaces: 7/5/2026, 07-05-2026, 7.5.26, 7 5 2026.
const TYPED_DMY = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/;
// The stored form, as a spreadsheet or another program may give it.
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date as typed in a date field: gg/mm/aaaa with / - . or a space between the parts, one or two digits for day
 * and month, a year of four digits or two (26 is 2026: every date this app handles is in this century), or the
 * stored `yyyy-MM-dd`. Blank (or only spaces) is no date.
 */
export function parseTypedDate(text: string): TypedDate {
  const value = text.trim();
  if (value === '') return { kind: 'blank' };
  const iso = TYPED_ISO.exec(value);
  const dmy = iso ? null : TYPED_DMY.exec(value);
  if (!iso && !dmy) return { kind: 'invalid', reason: 'format' };
  const [day, month, yearText] = iso ? [iso[3]!, iso[2]!, iso[1]!] : [dmy![1]!, dmy![2]!, dmy![3]!];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1900 || year > 2199) return { kind: 'invalid', reason: 'year', year: yearText };
  const dd = day.padStart(2, '0');
  const mm = month.padStart(2, '0');
  const candidate = `${year}-${mm}-${dd}`;
  if (!isIsoDate(candidate)) return { kind: 'invalid', reason: 'noSuchDay', written: `${dd}/${mm}/${year}` };
  return { kind: 'date', iso: candidate, complete: yearText.length === 4 };
}

function mustParse(value: IsoDate): Date {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not a yyyy-MM-dd date: ${value}`);
  return date;
}

/** A month `yyyy-MM` as a person writes it: "maggio 2026"; short: "mag 2026". */
export function formatMonth(month: string, locale: Locale = 'it', short = false): string {
  return format(mustParse(`${month}-01`), short ? 'MMM yyyy' : 'MMMM yyyy', { locale: locales[locale] });
}
