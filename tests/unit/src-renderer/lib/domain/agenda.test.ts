import { describe, expect, it } from 'vitest';
import {
  copyProgramme,
  countedMinutes,
  countedMinutesByDay,
  countsByDefault,
  draftFromOffer,
  duplicateTimes,
  findOverlap,
  moveItem,
  newItem,
  overlaps,
  sortItems,
  studyVisitTemplate,
  validateItem,
  type AgendaItemInput,
} from '../../../../../src-renderer/lib/domain/agenda';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/lib/domain/settings';
import { templateTitles } from '../../../../../src-renderer/lib/i18n/agenda';
import type { AgendaItem } from '../../../../../src-renderer/lib/domain/types';

const TIMES = DEFAULT_SETTINGS;
/** Template items titled in Italian, as the Italian UI does. */
const IT = templateTitles('it');

function item(id: string, dayIndex: number, start: string, end: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    sessionId: 's1',
    dayIndex,
    start,
    end,
    title: id,
    description: '',
    kind: 'intervento',
    place: '',
    speakers: '',
    countsTowardHours: true,
    ...extra,
  };
}

function noOverlaps(items: AgendaItemInput[]): boolean {
  return overlaps(items.map((i, n) => ({ ...i, id: String(n) }))).size === 0;
}

describe('agenda item rules', () => {
  it('refuses an end before or equal to the start, a bad time and a missing title', () => {
    expect(validateItem({ title: 'Saluti', start: '10:00', end: '09:30', dayIndex: 0 }, 1)).toEqual({ end: 'endBeforeStart' });
    expect(validateItem({ title: 'Saluti', start: '10:00', end: '10:00', dayIndex: 0 }, 1)).toEqual({ end: 'endBeforeStart' });
    expect(validateItem({ title: ' ', start: '25:00', end: '10:00', dayIndex: 0 }, 1)).toEqual({ title: 'title', start: 'time' });
    expect(validateItem({ title: 'Visita', start: '09:00', end: '10:00', dayIndex: 1 }, 1)).toEqual({ dayIndex: 'day' });
    expect(validateItem({ title: 'Visita', start: '09:00', end: '10:00', dayIndex: 1 }, 2)).toEqual({});
  });

  it('flags overlapping items on the same day, but not back-to-back items or items on different days', () => {
    const items = [item('a', 0, '09:00', '10:00'), item('b', 0, '09:30', '11:00'), item('c', 0, '11:00', '12:00'), item('d', 1, '09:00', '10:00'), item('e', 0, '09:45', '09:50')];
    const found = overlaps(items);
    expect(found.get('a')?.sort()).toEqual(['b', 'e']);
    expect(found.get('b')?.sort()).toEqual(['a', 'e']);
    expect(found.has('c')).toBe(false);
    expect(found.has('d')).toBe(false);
    expect(findOverlap({ dayIndex: 0, start: '10:30', end: '11:30' }, items)?.id).toBe('b');
    expect(findOverlap({ id: 'c', dayIndex: 0, start: '11:00', end: '12:30' }, items)).toBeNull();
  });

  it('reads the programme in time order, day by day', () => {
    const sorted = sortItems([item('x', 1, '09:00', '10:00'), item('y', 0, '14:00', '15:00'), item('z', 0, '09:00', '10:00')]);
    expect(sorted.map((i) => i.id)).toEqual(['z', 'y', 'x']);
  });
});

describe('counted hours', () => {
  it('count talks, workshops and visits but not the coffee break or lunch', () => {
    expect(countsByDefault('pausa')).toBe(false);
    expect(countsByDefault('pranzo')).toBe(false);
    expect(countsByDefault('visita')).toBe(true);
    const day = [
      item('a', 0, '09:00', '11:00'),
      item('p', 0, '11:00', '11:15', { kind: 'pausa', countsTowardHours: false }),
      item('b', 0, '11:15', '13:00'),
      item('l', 0, '13:00', '14:00', { kind: 'pranzo', countsTowardHours: false }),
      item('c', 0, '14:00', '17:00', { kind: 'visita' }),
    ];
    expect(countedMinutes(day)).toBe(120 + 105 + 180);
  });

  it('give each day its hours and the session its total, counting overlapping time once', () => {
    const items = [item('a', 0, '09:00', '10:00'), item('b', 0, '09:30', '10:30'), item('c', 1, '14:00', '16:00')];
    expect(countedMinutesByDay(items, 2)).toEqual({ days: [90, 120], total: 210 });
  });

  it('ignore an item whose times are wrong rather than count negative hours', () => {
    expect(countedMinutes([item('a', 0, '11:00', '10:00')])).toBe(0);
  });
});

describe('editing the timetable', () => {
  it('moving an item up swaps it with the one before, keeping durations and the gap between them', () => {
    const items = [item('a', 0, '09:00', '10:00'), item('b', 0, '10:15', '10:45'), item('c', 0, '11:00', '12:00')];
    expect(moveItem(items, 'b', -1)).toEqual([
      { id: 'b', start: '09:00', end: '09:30' },
      { id: 'a', start: '09:45', end: '10:45' },
    ]);
    expect(moveItem(items, 'a', -1)).toBeNull();
    expect(moveItem(items, 'c', 1)).toBeNull();
    expect(moveItem(items, 'b', 1)).toEqual([
      { id: 'c', start: '10:15', end: '11:15' },
      { id: 'b', start: '11:30', end: '12:00' },
    ]);
  });

  it('a duplicate keeps the length and goes after the last item of the day, so it never overlaps', () => {
    const original = item('a', 0, '09:00', '10:30');
    expect(duplicateTimes(original, [original])).toEqual({ start: '10:30', end: '12:00' });
    expect(duplicateTimes(original, [original, item('b', 0, '10:30', '13:00'), item('c', 1, '09:00', '18:00')])).toEqual({ start: '13:00', end: '14:30' });
    expect(duplicateTimes(original, [item('late', 0, '22:00', '23:30')])).toBeNull();
  });

  it('a new item starts where the day ends so far, or at the usual start of the day', () => {
    expect(newItem('s1', 0, [], TIMES)).toMatchObject({ start: '09:00', end: '10:00', kind: 'intervento', countsTowardHours: true });
    expect(newItem('s1', 0, [item('a', 0, '09:00', '12:30')], TIMES)).toMatchObject({ start: '12:30', end: '13:30' });
  });
});

describe('starting points', () => {
  const topics = [1, 2, 3, 4, 5, 6].map((n) => ({ title: `Tema ${n}`, detail: `dettaglio ${n}` }));

  it('a draft from the offer spreads its six topics over one day with a lunch break', () => {
    const items = draftFromOffer('s1', topics, 1, TIMES, IT);
    expect(items.map((i) => [i.start, i.end, i.title])).toEqual([
      ['09:00', '10:20', 'Tema 1'],
      ['10:20', '11:40', 'Tema 2'],
      ['11:40', '13:00', 'Tema 3'],
      ['13:00', '14:00', 'Pranzo'],
      ['14:00', '15:00', 'Tema 4'],
      ['15:00', '16:00', 'Tema 5'],
      ['16:00', '17:00', 'Tema 6'],
    ]);
    expect(items[0]!.description).toBe('dettaglio 1');
    expect(items[3]).toMatchObject({ kind: 'pranzo', countsTowardHours: false });
    expect(countedMinutes(items)).toBe(7 * 60);
  });

  it('a draft for two days shares the topics between the days', () => {
    const items = draftFromOffer('s1', topics, 2, TIMES, IT);
    expect(items.filter((i) => i.dayIndex === 0 && i.kind === 'intervento').map((i) => i.title)).toEqual(['Tema 1', 'Tema 2', 'Tema 3']);
    expect(items.filter((i) => i.dayIndex === 1 && i.kind === 'intervento').map((i) => i.title)).toEqual(['Tema 4', 'Tema 5', 'Tema 6']);
    expect(noOverlaps(items)).toBe(true);
  });

  it('a draft from an offer with no topics still gives each day a morning and an afternoon', () => {
    const items = draftFromOffer('s1', [], 2, TIMES, IT);
    expect(items.filter((i) => i.dayIndex === 1).map((i) => i.kind)).toEqual(['intervento', 'pranzo', 'laboratorio']);
  });

  it('the study-visit template fills two days with welcome, visit, workshop and wrap-up, and no overlaps', () => {
    const items = studyVisitTemplate('s1', 2, TIMES, IT);
    expect(items[0]).toMatchObject({ dayIndex: 0, start: '09:00', end: '09:30', title: 'Accoglienza dei partecipanti e saluti istituzionali' });
    expect(items.some((i) => i.kind === 'visita' && i.dayIndex === 0)).toBe(true);
    expect(items.some((i) => i.kind === 'laboratorio' && i.dayIndex === 1)).toBe(true);
    expect(items.at(-1)).toMatchObject({ dayIndex: 1, end: '17:00', title: 'Sintesi dei lavori, valutazione e saluti' });
    expect(noOverlaps(items)).toBe(true);
    // The transfer to the visit (30 minutes on day 1) is not training time.
    expect(countedMinutesByDay(items, 2).days).toEqual([375, 405]);
  });

  it('the English UI gets the template in English, from the same catalogue', () => {
    expect(studyVisitTemplate('s1', 2, TIMES, templateTitles('en'))[0]?.title).toBe('Welcome of participants and institutional greetings');
    expect(draftFromOffer('s1', [], 1, TIMES, templateTitles('en')).map((i) => i.title)).toEqual(['Presentation of the good practice', 'Lunch', 'Workshop and discussion among participants']);
  });

  it('the study-visit template fits a one-day session', () => {
    const items = studyVisitTemplate('s1', 1, TIMES, IT);
    expect(items.every((i) => i.dayIndex === 0)).toBe(true);
    expect(noOverlaps(items)).toBe(true);
  });

  it('follows the day times set in Settings', () => {
    const items = draftFromOffer('s1', topics.slice(0, 2), 1, { dayStart: '09:30', dayEnd: '16:30', lunchStart: '12:30', lunchEnd: '13:30' }, IT);
    expect(items.map((i) => [i.start, i.end])).toEqual([
      ['09:30', '12:30'],
      ['12:30', '13:30'],
      ['13:30', '16:30'],
    ]);
  });

  it('copying another session keeps its days and times and says what did not fit', () => {
    const source = [item('a', 0, '09:00', '10:00'), item('b', 1, '09:00', '10:00', { sessionId: 'other' })];
    const copy = copyProgramme(source, 'target', 1);
    expect(copy.dropped).toBe(1);
    expect(copy.items).toEqual([{ ...source[0], id: undefined, createdAt: undefined, updatedAt: undefined, sessionId: 'target' }].map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest));
  });
});

describe('countsByDefault', () => {
  it('counts talks, workshops and visits as training, not breaks, lunch or transfers', async () => {
    const { countsByDefault } = await import('../../../../../src-renderer/lib/domain/agenda');
    expect(['intervento', 'laboratorio', 'visita', 'pausa', 'pranzo', 'trasferimento'].map((k) => countsByDefault(k as never))).toEqual([true, true, true, false, false, false]);
  });
});
