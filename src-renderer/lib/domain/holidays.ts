// Italian national public holidays (feste nazionali), Easter Monday included. Local patron saints are not
// national holidays and are left to the host. Pure: no date library state, `yyyy-MM-dd` in and out.
import type { IsoDate } from './types';

interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  /** First year the holiday applies (San Francesco came back as a national holiday in 2026). */
  since?: number;
}

const FIXED: FixedHoliday[] = [
  { month: 1, day: 1, name: 'Capodanno' },
  { month: 1, day: 6, name: 'Epifania' },
  { month: 4, day: 25, name: 'Festa della Liberazione' },
  { month: 5, day: 1, name: 'Festa del Lavoro' },
  { month: 6, day: 2, name: 'Festa della Repubblica' },
  { month: 8, day: 15, name: 'Ferragosto' },
  { month: 10, day: 4, name: 'San Francesco d’Assisi', since: 2026 },
  { month: 11, day: 1, name: 'Ognissanti' },
  { month: 12, day: 8, name: 'Immacolata Concezione' },
  { month: 12, day: 25, name: 'Natale' },
  { month: 12, day: 26, name: 'Santo Stefano' },
];

/** Easter Sunday of a year (Gregorian calendar, anonymous algorithm) as `yyyy-MM-dd`. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** Every national holiday of a year, in calendar order. */
export function italianHolidays(year: number): { date: IsoDate; name: string }[] {
  const easter = easterSunday(year);
  const [, em, ed] = easter.split('-').map(Number) as [number, number, number];
  const monday = new Date(Date.UTC(year, em - 1, ed + 1));
  const list = FIXED.filter((h) => !h.since || year >= h.since).map((h) => ({ date: iso(year, h.month, h.day), name: h.name }));
  list.push({ date: easter, name: 'Pasqua' });
  list.push({ date: iso(year, monday.getUTCMonth() + 1, monday.getUTCDate()), name: 'Lunedì dell’Angelo' });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/** The name of the holiday falling on a date, or null on a working day. */
export function holidayName(date: IsoDate): string | null {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  return italianHolidays(year).find((h) => h.date === date)?.name ?? null;
}

/** 0 = Sunday ... 6 = Saturday, computed in UTC so no time zone can shift it. */
export function dayOfWeek(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
