// Wall-clock times as `HH:mm` strings, and durations in minutes.
import type { HhMm } from './types';

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isHhMm(value: string): boolean {
  return HHMM_RE.test(value);
}

/** Minutes since midnight of an `HH:mm` time. */
export function toMinutes(value: HhMm): number {
  const match = HHMM_RE.exec(value);
  if (!match) throw new RangeError(`Not an HH:mm time: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function fromMinutes(minutes: number): HhMm {
  const clamped = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Accepts what people type at a keyboard ("9", "930", "9.30", "09:30") and returns `HH:mm`, or null. */
export function normaliseTime(input: string): HhMm | null {
  const text = input.trim().replace(/[.,h]/g, ':');
  let match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match && /^\d{3,4}$/.test(text)) match = /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match && /^\d{1,2}$/.test(text)) match = [text, text, '00'] as unknown as RegExpExecArray;
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return fromMinutes(h * 60 + m);
}

/** The current local time as `HH:mm`. */
export function nowHhMm(now: Date = new Date()): HhMm {
  return fromMinutes(now.getHours() * 60 + now.getMinutes());
}

/** "6 ore e 30 minuti", "1 ora", "45 minuti" (Italian); "6 hours 30 minutes" (English). */
export function formatDuration(totalMinutes: number, locale: 'it' | 'en' = 'it'): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const words =
    locale === 'it'
      ? { h1: 'ora', hn: 'ore', m1: 'minuto', mn: 'minuti', and: ' e ', zero: '0 minuti' }
      : { h1: 'hour', hn: 'hours', m1: 'minute', mn: 'minutes', and: ' ', zero: '0 minutes' };
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} ${h === 1 ? words.h1 : words.hn}`);
  if (m > 0) parts.push(`${m} ${m === 1 ? words.m1 : words.mn}`);
  return parts.length ? parts.join(words.and) : words.zero;
}
