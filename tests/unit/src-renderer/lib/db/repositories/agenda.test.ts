import { beforeEach, describe, expect, it } from 'vitest';
import { addItem, copyFromSession, countAgendaItems, deleteItem, duplicateItem, listAgenda, listProgrammesToCopy, moveItem, replaceProgramme, sessionDayCount, updateItem } from '../../../../../../src-renderer/lib/db/repositories/agenda';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { newItem, studyVisitTemplate, type AgendaItemInput } from '../../../../../../src-renderer/lib/domain/agenda';
import { emptyOffer } from '../../../../../../src-renderer/lib/domain/offers';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/lib/domain/settings';
import { templateTitles } from '../../../../../../src-renderer/lib/i18n/agenda';
import type { Session } from '../../../../../../src-renderer/lib/domain/types';
import { freshDb } from '../../../../db-helpers';

let db: OspitaDatabase;
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

async function session(id: string, days: string[]): Promise<string> {
  const s: Session = { id, offerId: 'o1', days, candidates: [], venue: 'Sala Giunta', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'presenza', online: { platform: null, link: '' }, status: 'confermata', capacityMin: null, capacityMax: 5, notes: '', firstDay: days[0] ?? '', ...stamp };
  await db.sessions.add(s);
  return id;
}

const input = (sessionId: string, start: string, end: string, title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  ...newItem(sessionId, 0, [], DEFAULT_SETTINGS),
  start,
  end,
  title,
  ...extra,
});

beforeEach(async () => {
  db = await freshDb();
});

describe('the programme repository', () => {
  it('adds items and lists them in time order, with titles trimmed', async () => {
    const s = await session('s1', ['2026-05-07', '2026-05-08']);
    await addItem(input(s, '11:00', '12:00', 'Secondo'));
    await addItem(input(s, '09:00', '10:00', '  Primo  '));
    await addItem(input(s, '09:00', '10:00', 'Giorno due', { dayIndex: 1 }));
    expect((await listAgenda(s)).map((i) => i.title)).toEqual(['Primo', 'Secondo', 'Giorno due']);
  });

  it('refuses an overlapping item or an end before the start and writes nothing', async () => {
    const s = await session('s1', ['2026-04-20']);
    await addItem(input(s, '09:00', '10:00', 'Saluti'));
    const clash = await addItem(input(s, '09:30', '10:30', 'Presentazione'));
    expect(clash).toMatchObject({ ok: false, problems: { start: 'overlap' }, overlapsWith: { title: 'Saluti' } });
    const backwards = await addItem(input(s, '12:00', '11:00', 'Pranzo'));
    expect(backwards).toMatchObject({ ok: false, problems: { end: 'endBeforeStart' } });
    expect(await listAgenda(s)).toHaveLength(1);
  });

  it('refuses an item on a day the session does not have', async () => {
    const s = await session('s1', ['2026-04-20']);
    expect(await addItem(input(s, '09:00', '10:00', 'x', { dayIndex: 1 }))).toMatchObject({ ok: false, problems: { dayIndex: 'day' } });
  });

  it('edits an item without tripping over its own old times', async () => {
    const s = await session('s1', ['2026-04-20']);
    const added = await addItem(input(s, '09:00', '10:00', 'Saluti'));
    if (!added.ok) throw new Error('not added');
    const edited = await updateItem(added.item.id, { ...added.item, end: '09:45', place: 'Sala Giunta' });
    expect(edited).toMatchObject({ ok: true, item: { end: '09:45', place: 'Sala Giunta' } });
  });

  it('duplicates an item at the end of its day and deletes one', async () => {
    const s = await session('s1', ['2026-04-20']);
    const a = await addItem(input(s, '09:00', '10:00', 'Saluti'));
    await addItem(input(s, '10:00', '11:00', 'Presentazione'));
    if (!a.ok) throw new Error('not added');
    const copy = await duplicateItem(a.item.id);
    expect(copy).toMatchObject({ ok: true, item: { title: 'Saluti', start: '11:00', end: '12:00' } });
    await deleteItem(a.item.id);
    expect((await listAgenda(s)).map((i) => `${i.start} ${i.title}`)).toEqual(['10:00 Presentazione', '11:00 Saluti']);
  });

  it('moves an item up, swapping its time slot with the one before', async () => {
    const s = await session('s1', ['2026-04-20']);
    await addItem(input(s, '09:00', '10:00', 'A'));
    const b = await addItem(input(s, '10:00', '10:30', 'B'));
    if (!b.ok) throw new Error('not added');
    expect(await moveItem(b.item.id, -1)).toBe(true);
    expect((await listAgenda(s)).map((i) => `${i.start}-${i.end} ${i.title}`)).toEqual(['09:00-09:30 B', '09:30-10:30 A']);
    expect(await moveItem(b.item.id, -1)).toBe(false);
  });

  it('replaces a whole programme at once, or not at all when an item is wrong', async () => {
    const s = await session('s1', ['2026-05-07', '2026-05-08']);
    await addItem(input(s, '09:00', '10:00', 'Vecchio'));
    const items = await replaceProgramme(s, studyVisitTemplate(s, 2, DEFAULT_SETTINGS, templateTitles('it')));
    expect(items.length).toBeGreaterThan(8);
    expect((await listAgenda(s)).some((i) => i.title === 'Vecchio')).toBe(false);
    await expect(replaceProgramme(s, [input(s, '09:00', '10:00', 'Buono'), input(s, '10:00', '09:00', 'Sbagliato')])).rejects.toThrow(/Programma non valido/);
    expect(await listAgenda(s)).toHaveLength(items.length);
  });

  it('copies the programme of another session, leaving out days this one does not have', async () => {
    const source = await session('src', ['2026-05-07', '2026-05-08']);
    const target = await session('dst', ['2026-04-20']);
    await addItem(input(source, '09:00', '10:00', 'Giorno 1'));
    await addItem(input(source, '09:00', '10:00', 'Giorno 2', { dayIndex: 1 }));
    const copy = await copyFromSession(target, source);
    expect(copy.dropped).toBe(1);
    expect((await listAgenda(target)).map((i) => [i.sessionId, i.title])).toEqual([['dst', 'Giorno 1']]);
    expect(await listAgenda(source)).toHaveLength(2);
  });

  it('counts the days of a session still choosing between alternative dates', () => {
    expect(sessionDayCount({ days: [], candidates: [{ days: ['2026-05-07', '2026-05-08'] }] })).toBe(2);
    expect(sessionDayCount({ days: [], candidates: [] })).toBe(1);
  });

  it('counts a programme’s items and offers to copy only the other sessions that have one, with their offer’s title', async () => {
    await db.offers.add({ ...emptyOffer(), id: 'o1', title: 'Co-progettazione', ...stamp });
    const [a, b, c] = [await session('sa', ['2026-05-07']), await session('sb', ['2026-05-14']), await session('sc', ['2026-05-21'])];
    await addItem(input(a, '09:00', '10:00', 'Accoglienza'));
    await addItem(input(a, '10:00', '12:00', 'Visita'));
    await addItem(input(c, '09:00', '10:00', 'Accoglienza'));
    expect([await countAgendaItems(a), await countAgendaItems(b)]).toEqual([2, 0]);
    expect((await listProgrammesToCopy(a)).map((s) => [s.session.id, s.offerTitle])).toEqual([[c, 'Co-progettazione']]);
    expect((await listProgrammesToCopy(b)).map((s) => s.session.id)).toEqual([a, c]);
  });
});
