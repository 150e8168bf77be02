// The programme of a session (DESIGN §1): agenda items per day, their time rules, counted hours and the starting
// points (a draft from the offer, a two-day study-visit template, a copy of another session). Pure: problems are
// codes and template items are titled by the caller (lib/i18n/agenda.ts), in the user's language.
import type { AgendaDraftItem, AgendaItem, AgendaKind, HhMm, HostSettings, Stored } from './types';
import { totalMinutes } from './spans';
import { fromMinutes, isHhMm, toMinutes } from './times';

export type AgendaItemInput = Omit<AgendaItem, keyof Stored>;

export const AGENDA_KINDS: AgendaKind[] = ['intervento', 'laboratorio', 'visita', 'pausa', 'pranzo', 'trasferimento'];

/** Breaks, lunch and transfers do not count toward training hours unless the user says otherwise. */
export function countsByDefault(kind: AgendaKind): boolean {
  return kind !== 'pausa' && kind !== 'pranzo' && kind !== 'trasferimento';
}

/** What is wrong with an item (the message is programme.error.<code>). */
export type AgendaProblem = 'title' | 'time' | 'endBeforeStart' | 'overlap' | 'day' | 'noRoom';

export type AgendaField = 'title' | 'start' | 'end' | 'dayIndex';

/** Problems of one item on its own (overlaps need the whole day: see `overlaps`). */
export function validateItem(item: Pick<AgendaItemInput, 'title' | 'start' | 'end' | 'dayIndex'>, dayCount: number): Partial<Record<AgendaField, AgendaProblem>> {
  const problems: Partial<Record<AgendaField, AgendaProblem>> = {};
  if (!item.title.trim()) problems.title = 'title';
  if (!isHhMm(item.start)) problems.start = 'time';
  if (!isHhMm(item.end)) problems.end = 'time';
  if (!problems.start && !problems.end && toMinutes(item.end) <= toMinutes(item.start)) problems.end = 'endBeforeStart';
  if (!Number.isInteger(item.dayIndex) || item.dayIndex < 0 || item.dayIndex >= Math.max(1, dayCount)) problems.dayIndex = 'day';
  return problems;
}

type Timed = Pick<AgendaItemInput, 'dayIndex' | 'start' | 'end'> & { id?: string; title?: string };

function hasValidTimes(item: Timed): boolean {
  return isHhMm(item.start) && isHhMm(item.end) && toMinutes(item.end) > toMinutes(item.start);
}

/** Day, then start, then end, then title: the order the programme is read in. */
export function compareItems(a: Timed, b: Timed): number {
  return a.dayIndex - b.dayIndex || a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || (a.title ?? '').localeCompare(b.title ?? '', 'it');
}

export function sortItems<T extends Timed>(items: readonly T[]): T[] {
  return [...items].sort(compareItems);
}

/** For each item id, the ids of the items it overlaps on the same day (touching end to start is fine). */
export function overlaps<T extends Timed & { id: string }>(items: readonly T[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const valid = sortItems(items.filter(hasValidTimes));
  for (let i = 0; i < valid.length; i++) {
    const a = valid[i]!;
    for (let j = i + 1; j < valid.length; j++) {
      const b = valid[j]!;
      // Sorted by day and start: nothing further on can overlap `a`.
      if (b.dayIndex !== a.dayIndex || toMinutes(b.start) >= toMinutes(a.end)) break;
      result.set(a.id, [...(result.get(a.id) ?? []), b.id]);
      result.set(b.id, [...(result.get(b.id) ?? []), a.id]);
    }
  }
  return result;
}

/** Whether a new or edited item would overlap another item of its day; returns the first one it overlaps. */
export function findOverlap<T extends Timed & { id: string }>(candidate: Timed & { id?: string }, items: readonly T[]): T | null {
  if (!hasValidTimes(candidate)) return null;
  const s = toMinutes(candidate.start);
  const e = toMinutes(candidate.end);
  return (
    sortItems(items).find((other) => other.id !== candidate.id && other.dayIndex === candidate.dayIndex && hasValidTimes(other) && toMinutes(other.start) < e && s < toMinutes(other.end)) ?? null
  );
}

/** Minutes of the items that count, on one day; overlapping time is counted once. */
export function countedMinutes(items: readonly (Timed & { countsTowardHours: boolean })[]): number {
  return totalMinutes(items.filter((i) => i.countsTowardHours && hasValidTimes(i)).map((i) => ({ start: toMinutes(i.start), end: toMinutes(i.end) })));
}

/** Counted minutes of each day of a session (index = dayIndex), and their total. */
export function countedMinutesByDay(items: readonly (Timed & { countsTowardHours: boolean })[], dayCount: number): { days: number[]; total: number } {
  const days = Array.from({ length: Math.max(1, dayCount) }, (_, day) => countedMinutes(items.filter((i) => i.dayIndex === day)));
  return { days, total: days.reduce((a, b) => a + b, 0) };
}

/**
 * Moves an item one place up or down within its day: the two items swap places in the timetable, each keeping
 * its duration, and the gap between them stays where it was. Returns the new times of the two items, or null at
 * the top or bottom of the day.
 */
export function moveItem<T extends Timed & { id: string }>(items: readonly T[], id: string, direction: -1 | 1): { id: string; start: HhMm; end: HhMm }[] | null {
  const item = items.find((i) => i.id === id);
  if (!item || !hasValidTimes(item)) return null;
  const day = sortItems(items.filter((i) => i.dayIndex === item.dayIndex && hasValidTimes(i)));
  const index = day.findIndex((i) => i.id === id);
  const other = day[index + direction];
  if (!other) return null;
  const [first, second] = direction === -1 ? [other, item] : [item, other];
  const gap = Math.max(0, toMinutes(second.start) - toMinutes(first.end));
  const start = toMinutes(first.start);
  const secondDuration = toMinutes(second.end) - toMinutes(second.start);
  const firstDuration = toMinutes(first.end) - toMinutes(first.start);
  const secondEnd = start + secondDuration;
  const firstStart = secondEnd + gap;
  return [
    { id: second.id, start: fromMinutes(start), end: fromMinutes(secondEnd) },
    { id: first.id, start: fromMinutes(firstStart), end: fromMinutes(firstStart + firstDuration) },
  ];
}

/**
 * Times for a copy of an item ("Duplica"): same length, after the last item of its day, so it never overlaps;
 * null when it would not fit before midnight.
 */
export function duplicateTimes(item: Timed, dayItems: readonly Timed[]): { start: HhMm; end: HhMm } | null {
  if (!hasValidTimes(item)) return null;
  const duration = toMinutes(item.end) - toMinutes(item.start);
  const start = Math.max(toMinutes(item.end), ...dayItems.filter((i) => i.dayIndex === item.dayIndex && hasValidTimes(i)).map((i) => toMinutes(i.end)));
  if (start + duration > 23 * 60 + 59) return null;
  return { start: fromMinutes(start), end: fromMinutes(start + duration) };
}

/** A blank item for a day: after the last item of that day, or at the day's start. */
export function newItem(sessionId: string, dayIndex: number, dayItems: readonly Timed[], settings: Pick<HostSettings, 'dayStart'>): AgendaItemInput {
  const last = sortItems(dayItems.filter(hasValidTimes)).at(-1);
  const start = last ? toMinutes(last.end) : toMinutes(isHhMm(settings.dayStart) ? settings.dayStart : '09:00');
  const end = Math.min(start + 60, 23 * 60 + 59);
  return { sessionId, dayIndex, start: fromMinutes(start), end: fromMinutes(end), title: '', description: '', kind: 'intervento', place: '', speakers: '', countsTowardHours: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Starting points

type DayTimes = Pick<HostSettings, 'dayStart' | 'dayEnd' | 'lunchStart' | 'lunchEnd'>;

/** The items the starting points put in a programme; the caller gives each its title (programme.template.<code>). */
export type TemplateItem =
  | 'lunch'
  | 'coffee'
  | 'morningWork'
  | 'afternoonWork'
  | 'welcome'
  | 'presentation'
  | 'process'
  | 'transfer'
  | 'siteVisit'
  | 'debrief'
  | 'workshop'
  | 'workshopResults'
  | 'exchange'
  | 'wrapUp';

/** The title of a template item in the user's language. */
export type TemplateTitles = (item: TemplateItem) => string;

interface Slot {
  title: string;
  description?: string;
  kind: AgendaKind;
  weight: number;
  place?: string;
}

const STEP = 5;

/** Shares the span [start, end] among slots in proportion to their weights, on a 5-minute grid. */
function fillSpan(sessionId: string, dayIndex: number, start: number, end: number, slots: Slot[]): AgendaItemInput[] {
  const total = slots.reduce((s, x) => s + x.weight, 0);
  if (!slots.length || end <= start || total <= 0) return [];
  const items: AgendaItemInput[] = [];
  let acc = 0;
  let from = start;
  for (const [i, slot] of slots.entries()) {
    acc += slot.weight;
    const to = i === slots.length - 1 ? end : start + Math.round(((end - start) * acc) / total / STEP) * STEP;
    if (to <= from) continue;
    items.push({
      sessionId,
      dayIndex,
      start: fromMinutes(from),
      end: fromMinutes(to),
      title: slot.title,
      description: slot.description ?? '',
      kind: slot.kind,
      place: slot.place ?? '',
      speakers: '',
      countsTowardHours: countsByDefault(slot.kind),
    });
    from = to;
  }
  return items;
}

function spans(times: DayTimes): { morning: [number, number]; lunch: [number, number]; afternoon: [number, number] } {
  const t = (v: string, fallback: string) => toMinutes(isHhMm(v) ? v : fallback);
  const dayStart = t(times.dayStart, '09:00');
  const dayEnd = Math.max(dayStart + 60, t(times.dayEnd, '17:00'));
  let lunchStart = t(times.lunchStart, '13:00');
  let lunchEnd = t(times.lunchEnd, '14:00');
  if (!(dayStart < lunchStart && lunchStart < lunchEnd && lunchEnd < dayEnd)) {
    lunchStart = dayStart + Math.round((dayEnd - dayStart) / 2 / STEP) * STEP;
    lunchEnd = lunchStart;
  }
  return { morning: [dayStart, lunchStart], lunch: [lunchStart, lunchEnd], afternoon: [lunchEnd, dayEnd] };
}

function lunchItem(sessionId: string, dayIndex: number, lunch: [number, number], title: TemplateTitles): AgendaItemInput[] {
  return fillSpan(sessionId, dayIndex, lunch[0], lunch[1], [{ title: title('lunch'), kind: 'pranzo', weight: 1 }]);
}

/**
 * A first draft from the offer's agenda draft: its topics shared out over the days, each day's topics spread over
 * the default hours from Settings around a lunch break. With no topics, one working block per half day.
 */
export function draftFromOffer(sessionId: string, topics: readonly AgendaDraftItem[], dayCount: number, times: DayTimes, title: TemplateTitles): AgendaItemInput[] {
  const days = Math.max(1, dayCount);
  const { morning, lunch, afternoon } = spans(times);
  const useful = topics.filter((t) => t.title.trim() || t.detail.trim());
  const perDay = Math.ceil(useful.length / days);
  const items: AgendaItemInput[] = [];
  for (let day = 0; day < days; day++) {
    const mine = useful.slice(day * perDay, (day + 1) * perDay).map<Slot>((t) => ({ title: t.title.trim() || t.detail.trim(), description: t.title.trim() ? t.detail.trim() : '', kind: 'intervento', weight: 1 }));
    const slots: Slot[] = mine.length
      ? mine
      : [
          { title: title('morningWork'), kind: 'intervento', weight: 1 },
          { title: title('afternoonWork'), kind: 'laboratorio', weight: 1 },
        ];
    const morningMinutes = morning[1] - morning[0];
    const afternoonMinutes = afternoon[1] - afternoon[0];
    let inMorning = Math.round((slots.length * morningMinutes) / Math.max(1, morningMinutes + afternoonMinutes));
    if (slots.length > 1) inMorning = Math.min(Math.max(inMorning, 1), slots.length - 1);
    else inMorning = slots.length;
    items.push(...fillSpan(sessionId, day, morning[0], morning[1], slots.slice(0, inMorning)));
    if (inMorning < slots.length) {
      items.push(...lunchItem(sessionId, day, lunch, title));
      items.push(...fillSpan(sessionId, day, afternoon[0], afternoon[1], slots.slice(inMorning)));
    }
  }
  return items;
}

/** A two-day study visit: welcome, presentations, a site visit, a workshop and a wrap-up. */
export function studyVisitTemplate(sessionId: string, dayCount: number, times: DayTimes, title: TemplateTitles): AgendaItemInput[] {
  const { morning, lunch, afternoon } = spans(times);
  const day1: AgendaItemInput[] = [
    ...fillSpan(sessionId, 0, morning[0], morning[1], [
      { title: title('welcome'), kind: 'intervento', weight: 1 },
      { title: title('presentation'), kind: 'intervento', weight: 3 },
      { title: title('coffee'), kind: 'pausa', weight: 0.5 },
      { title: title('process'), kind: 'intervento', weight: 3.5 },
    ]),
    ...lunchItem(sessionId, 0, lunch, title),
    ...fillSpan(sessionId, 0, afternoon[0], afternoon[1], [
      { title: title('transfer'), kind: 'trasferimento', weight: 2 },
      { title: title('siteVisit'), kind: 'visita', weight: 7 },
      { title: title('debrief'), kind: 'intervento', weight: 3 },
    ]),
  ];
  const secondDay = dayCount >= 2 ? 1 : 0;
  const day2Morning: Slot[] = [
    { title: title('workshop'), kind: 'laboratorio', weight: 4 },
    { title: title('coffee'), kind: 'pausa', weight: 0.5 },
    { title: title('workshopResults'), kind: 'laboratorio', weight: 3.5 },
  ];
  const day2Afternoon: Slot[] = [
    { title: title('exchange'), kind: 'laboratorio', weight: 4 },
    { title: title('wrapUp'), kind: 'intervento', weight: 2 },
  ];
  if (secondDay === 0) {
    // One day only: the visit's morning, then the workshop and the wrap-up in the afternoon.
    return [
      ...day1.filter((i) => toMinutes(i.start) < morning[1]),
      ...lunchItem(sessionId, 0, lunch, title),
      ...fillSpan(sessionId, 0, afternoon[0], afternoon[1], [
        { title: title('siteVisit'), kind: 'visita', weight: 3 },
        { title: title('workshop'), kind: 'laboratorio', weight: 3 },
        { title: title('wrapUp'), kind: 'intervento', weight: 2 },
      ]),
    ];
  }
  return [
    ...day1,
    ...fillSpan(sessionId, 1, morning[0], morning[1], day2Morning),
    ...lunchItem(sessionId, 1, lunch, title),
    ...fillSpan(sessionId, 1, afternoon[0], afternoon[1], day2Afternoon),
  ];
}

/**
 * The programme of another session, for this one: same days by position (first day to first day). Items on days
 * this session does not have are left out and counted, so the user can be told.
 */
export function copyProgramme(source: readonly AgendaItem[], sessionId: string, dayCount: number): { items: AgendaItemInput[]; dropped: number } {
  const days = Math.max(1, dayCount);
  const kept = sortItems(source).filter((i) => i.dayIndex < days);
  const items = kept.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => ({ ...rest, sessionId }));
  return { items, dropped: source.length - kept.length };
}
