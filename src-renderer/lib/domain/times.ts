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

/** What a time field holds, read the way people type a time. */
export type TypedTime =
  | { kind: 'blank' }
  /** `complete`: written as hours, a separator and two digits of minutes, so the person is not still typing it. */
  | { kind: 'time'; value: HhMm; complete: boolean }
  | { kind: 'invalid'; reason: 'format' }
  /** Hours past 23 or minutes past 59 (24:00, 12:60); `written` is it as typed, with a colon. */
  | { kind: 'invalid'; reason: 'range'; written: string };

/** Reads what people type at a keyboard: "9", "930", "0930", "9.30", "9,30", "9h30", "09:30". */
export function parseTypedTime(input: string): TypedTime {
  const text = input.trim().replace(/\s*[.,h:]\s*/g, ':');
  if (text === '') return { kind: 'blank' };
  let match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const complete = match !== null;
  if (!match && /^\d{3,4}$/.test(text)) match = /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match && /^\d{1,2}$/.test(text)) match = [text, text, '00'] as unknown as RegExpExecArray;
  if (!match) return { kind: 'invalid', reason: 'format' };
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return { kind: 'invalid', reason: 'range', written: `${String(h).padStart(2, '0')}:${match[2]}` };
  return { kind: 'time', value: fromMinutes(h * 60 + m), complete };
}

/** Accepts what people type at a keyboard ("9", "930", "9.30", "09:30") and returns `HH:mm`, or null. */
export function normaliseTime(input: string): HhMm | null {
  const typed = parseTypedTime(input);
  return typed.kind === 'time' ? typed.value : null;
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
