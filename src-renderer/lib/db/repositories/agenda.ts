// The programme of a session: agenda items, validated by the domain rules (lib/domain/agenda.ts) before anything
// is written. Every write that touches more than one record is one transaction.
import { copyProgramme, duplicateTimes, findOverlap, moveItem as moveInDay, sortItems, validateItem, type AgendaField, type AgendaItemInput, type AgendaProblem } from '../../domain/agenda';
import type { AgendaItem, Session } from '../../domain/types';
import type { ChangeBuilder } from '../../journal/changes';
import type { OspitaDatabase } from '../database';
import { getDb } from '../index';
import { newId, nowInstant } from '../ids';
import { journaledWrite } from '../journaled';

export type AgendaResult =
  | { ok: true; item: AgendaItem }
  | { ok: false; problems: Partial<Record<AgendaField, AgendaProblem>>; overlapsWith?: AgendaItem };

/** How many days a session has: its days, or while undecided its first candidate, at least one. */
export function sessionDayCount(session: Pick<Session, 'days' | 'candidates'>): number {
  return Math.max(1, session.days.length || session.candidates[0]?.days.length || 1);
}

export async function listAgenda(sessionId: string): Promise<AgendaItem[]> {
  return sortItems(await getDb().agendaItems.where('sessionId').equals(sessionId).toArray());
}

/** The other sessions that have a programme to copy from, each with its offer's title (starting points). */
export async function listProgrammesToCopy(exceptSessionId: string): Promise<{ session: Session; offerTitle: string }[]> {
  const db = getDb();
  const [sessions, offers, withItems] = await Promise.all([db.sessions.toArray(), db.offers.toArray(), db.agendaItems.orderBy('sessionId').uniqueKeys()]);
  const titles = new Map(offers.map((o) => [o.id, o.title]));
  const programmed = new Set(withItems as string[]);
  return sessions.filter((s) => s.id !== exceptSessionId && programmed.has(s.id)).map((session) => ({ session, offerTitle: titles.get(session.offerId) ?? '' }));
}

/** How many items a session's programme has (0: nothing to print yet). */
export function countAgendaItems(sessionId: string): Promise<number> {
  return getDb().agendaItems.where('sessionId').equals(sessionId).count();
}

async function dayCountOf(sessionId: string): Promise<number> {
  const session = await getDb().sessions.get(sessionId);
  return session ? sessionDayCount(session) : 1;
}

function clean(input: AgendaItemInput): AgendaItemInput {
  return {
    sessionId: input.sessionId,
    dayIndex: input.dayIndex,
    start: input.start,
    end: input.end,
    title: input.title.trim(),
    description: input.description.trim(),
    kind: input.kind,
    place: input.place.trim(),
    speakers: input.speakers.trim(),
    countsTowardHours: input.countsTowardHours,
  };
}

/** Checks an item against the rules and the other items of its day; `id` is the item being edited. */
async function check(input: AgendaItemInput, id?: string): Promise<AgendaResult | null> {
  const problems = validateItem(input, await dayCountOf(input.sessionId));
  if (Object.keys(problems).length) return { ok: false, problems };
  const others = await getDb().agendaItems.where('sessionId').equals(input.sessionId).toArray();
  const clash = findOverlap({ ...input, id }, others);
  if (clash) return { ok: false, problems: { start: 'overlap' }, overlapsWith: clash };
  return null;
}

/** Writes an item, checked already, inside the caller's transaction (journaled with it). */
async function store(db: OspitaDatabase, change: ChangeBuilder, item: AgendaItem): Promise<AgendaResult> {
  change.put('agendaItems', [item]);
  await db.agendaItems.put(item);
  return { ok: true, item };
}

/** A new item, with its own id. */
function insert(db: OspitaDatabase, change: ChangeBuilder, item: AgendaItemInput): Promise<AgendaResult> {
  const now = nowInstant();
  return store(db, change, { ...item, id: newId(), createdAt: now, updatedAt: now });
}

export async function addItem(input: AgendaItemInput): Promise<AgendaResult> {
  const db = getDb();
  return journaledWrite([db.agendaItems, db.sessions], async (change) => {
    const item = clean(input);
    return (await check(item)) ?? insert(db, change, item);
  });
}

export async function updateItem(id: string, input: AgendaItemInput): Promise<AgendaResult> {
  const db = getDb();
  return journaledWrite([db.agendaItems, db.sessions], async (change) => {
    const existing = await db.agendaItems.get(id);
    if (!existing) throw new Error('Attività non trovata: forse è stata eliminata.');
    const item = clean({ ...input, sessionId: existing.sessionId });
    return (await check(item, id)) ?? store(db, change, { ...existing, ...item, updatedAt: nowInstant() });
  });
}

/** A copy of the item at the end of its day, so it never overlaps; the user then moves it where it belongs. */
export async function duplicateItem(id: string): Promise<AgendaResult> {
  const db = getDb();
  return journaledWrite([db.agendaItems, db.sessions], async (change) => {
    const original = await db.agendaItems.get(id);
    if (!original) throw new Error('Attività non trovata: forse è stata eliminata.');
    const all = await db.agendaItems.where('sessionId').equals(original.sessionId).toArray();
    const times = duplicateTimes(original, all);
    if (!times) return { ok: false, problems: { end: 'noRoom' } };
    const candidate: AgendaItemInput = { ...stripStored(original), ...times };
    return (await check(candidate)) ?? insert(db, change, candidate);
  });
}

export async function deleteItem(id: string): Promise<void> {
  const db = getDb();
  await journaledWrite([db.agendaItems], async (change) => {
    change.delete('agendaItems', [id]);
    await db.agendaItems.delete(id);
  });
}

/** Swaps the item with its neighbour in the timetable (see the domain's moveItem); false at either end. */
export async function moveItem(id: string, direction: -1 | 1): Promise<boolean> {
  const db = getDb();
  return journaledWrite([db.agendaItems], async (change) => {
    const item = await db.agendaItems.get(id);
    if (!item) return false;
    const all = await db.agendaItems.where('sessionId').equals(item.sessionId).toArray();
    const moves = moveInDay(all, id, direction);
    if (!moves) return false;
    const now = nowInstant();
    const byId = new Map(all.map((i) => [i.id, i]));
    const moved = moves.map<AgendaItem>((m) => ({ ...byId.get(m.id)!, start: m.start, end: m.end, updatedAt: now }));
    change.put('agendaItems', moved);
    await db.agendaItems.bulkPut(moved);
    return true;
  });
}

/** Replaces the whole programme of a session at once (a draft, a template, a copy): all or nothing. */
export async function replaceProgramme(sessionId: string, inputs: AgendaItemInput[]): Promise<AgendaItem[]> {
  const db = getDb();
  return journaledWrite([db.agendaItems, db.sessions], (change) => replaceWithin(db, sessionId, inputs, change));
}

/** Replaces a session's programme, inside a read-write transaction on agenda items and sessions. */
async function replaceWithin(db: OspitaDatabase, sessionId: string, inputs: AgendaItemInput[], change: ChangeBuilder): Promise<AgendaItem[]> {
  const dayCount = await dayCountOf(sessionId);
  const items = inputs.map((i) => clean({ ...i, sessionId }));
  for (const item of items) {
    const problems = validateItem(item, dayCount);
    if (Object.keys(problems).length) throw new Error(`Programma non valido: ${item.title || item.start} (${Object.values(problems).join(', ')})`);
  }
  const now = nowInstant();
  const stored = items.map<AgendaItem>((i) => ({ ...i, id: newId(), createdAt: now, updatedAt: now }));
  change.delete('agendaItems', await db.agendaItems.where('sessionId').equals(sessionId).primaryKeys()).put('agendaItems', stored);
  await db.agendaItems.where('sessionId').equals(sessionId).delete();
  await db.agendaItems.bulkAdd(stored);
  return sortItems(stored);
}

/** Copies the programme of another session into this one, replacing what was there. */
export async function copyFromSession(targetId: string, sourceId: string): Promise<{ items: AgendaItem[]; dropped: number }> {
  const db = getDb();
  return journaledWrite([db.agendaItems, db.sessions], async (change) => {
    const source = await db.agendaItems.where('sessionId').equals(sourceId).toArray();
    const copy = copyProgramme(source, targetId, await dayCountOf(targetId));
    const items = await replaceWithin(db, targetId, copy.items, change);
    return { items, dropped: copy.dropped };
  });
}

function stripStored(item: AgendaItem): AgendaItemInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = item;
  return rest;
}
