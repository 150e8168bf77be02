import { confirmedCount, waitingCount } from '../../domain/capacity';
import { confirmCandidate, firstDayOf, sessionDates, validateSession, type SessionDraft, type SessionProblems } from '../../domain/sessions';
import type { IsoDate, Offer, Session, SessionStatus } from '../../domain/types';
import type { ChangeBuilder } from '../../journal/changes';
import type { OspitaDatabase } from '../database';
import { newId, nowInstant } from '../ids';
import { journaledWrite } from '../journaled';
import { deleteSessionLog } from '../attendance-days';
import { deleteSessionList } from '../participant-lists';
import { deleteSessionFeedback } from '../feedback-lists';
import { getDb } from '../index';
import { InvalidRecordError } from './invalid-record';

/** Sessions, soonest first; sessions with no date yet last. */
export async function listSessions(): Promise<Session[]> {
  const all = await getDb().sessions.toArray();
  return all.sort((a, b) => (a.firstDay || '9999').localeCompare(b.firstDay || '9999') || a.createdAt.localeCompare(b.createdAt));
}

export async function getSession(id: string): Promise<Session | undefined> {
  return getDb().sessions.get(id);
}

/** A session as the session picker offers it: its offer's title and its days (proposed ones while undecided). */
export interface SessionChoice {
  id: string;
  title: string;
  days: IsoDate[];
}

/** The sessions one can work on (cancelled ones left out), soonest first. */
export async function listSessionChoices(): Promise<SessionChoice[]> {
  const [sessions, offers] = await Promise.all([listSessions(), getDb().offers.toArray()]);
  const titles = new Map(offers.map((o) => [o.id, o.title]));
  return sessions.filter((s) => s.status !== 'annullata').map((s) => ({ id: s.id, title: titles.get(s.offerId) ?? '', days: sessionDates(s) }));
}

/** How many sessions an offer has (an offer with sessions says so before it is deleted). */
export function countSessionsOfOffer(offerId: string): Promise<number> {
  return getDb().sessions.where('offerId').equals(offerId).count();
}

export interface SessionRow {
  session: Session;
  offer: Offer | undefined;
  /** Participants with a confirmed place (walk-ins and confirmations beyond the maximum included). */
  confirmed: number;
  /** Participants on the waiting list. */
  waiting: number;
}

/** Sessions with their offer and how many are confirmed and waiting (cancellations left out), soonest first. */
export async function listSessionRows(): Promise<SessionRow[]> {
  const db = getDb();
  const [sessions, offers] = await Promise.all([listSessions(), db.offers.toArray()]);
  const offersById = new Map(offers.map((o) => [o.id, o]));
  const counts = new Map<string, { confirmed: number; waiting: number }>();
  await db.participantLists.each((list) => {
    counts.set(list.sessionId, { confirmed: confirmedCount(list.participants), waiting: waitingCount(list.participants) });
  });
  return sessions.map((session) => ({ session, offer: offersById.get(session.offerId), ...(counts.get(session.id) ?? { confirmed: 0, waiting: 0 }) }));
}

async function durationOf(offerId: string): Promise<1 | 2> {
  return (await getDb().offers.get(offerId))?.durationDays ?? 1;
}

/** Adds a session to an offer (a further edition), validated against the offer's duration. */
export async function addSession(draft: Omit<SessionDraft, 'firstDay'>): Promise<Session> {
  const db = getDb();
  return journaledWrite([db.offers, db.sessions], async (change) => {
    const full: SessionDraft = { ...structuredClone(draft), firstDay: firstDayOf(draft) };
    const problems = validateSession(full, await durationOf(draft.offerId));
    if (Object.keys(problems).length > 0) throw new InvalidRecordError<SessionProblems>(problems);
    const now = nowInstant();
    const session: Session = { ...full, id: newId(), createdAt: now, updatedAt: now };
    change.put('sessions', [session]);
    await db.sessions.add(session);
    return session;
  });
}

type SessionChanges = Partial<Pick<Session, 'days' | 'candidates' | 'venue' | 'venueAddress' | 'contact' | 'format' | 'online' | 'status' | 'capacityMin' | 'capacityMax' | 'notes' | 'feedbackUrl'>>;

/** Changes a session (dates, venue, address, contact person and format, capacity, status, notes) after checking the result, in one transaction. */
export async function updateSession(id: string, changes: SessionChanges): Promise<Session> {
  const db = getDb();
  return journaledWrite([db.offers, db.sessions], async (change) => {
    const existing = await db.sessions.get(id);
    if (!existing) throw new Error(`Session ${id} not found`);
    const merged = { ...existing, ...structuredClone(changes) };
    const next: Session = { ...merged, firstDay: firstDayOf(merged), updatedAt: nowInstant() };
    const problems = validateSession(next, await durationOf(existing.offerId));
    if (Object.keys(problems).length > 0) throw new InvalidRecordError<SessionProblems>(problems);
    change.put('sessions', [next]);
    await db.sessions.put(next);
    return next;
  });
}

/** Confirms one of the candidate dates of an "alternatives" session. */
export async function confirmSessionCandidate(id: string, index: number): Promise<Session> {
  const existing = await getSession(id);
  if (!existing) throw new Error(`Session ${id} not found`);
  return updateSession(id, confirmCandidate(existing, index));
}

export async function setSessionStatus(id: string, status: SessionStatus): Promise<Session> {
  return updateSession(id, { status });
}

/** Cancels a session: it stays in the list as "annullata" with its participants, and can be reopened. */
export async function cancelSession(id: string): Promise<Session> {
  return updateSession(id, { status: 'annullata' });
}

/** Deletes a session with its programme, participants and attendance, all at once or not at all. */
export async function deleteSessionCascade(id: string): Promise<void> {
  const db = getDb();
  await journaledWrite([db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.feedbackLists], (change) => deleteSessionWithin(db, id, change));
}

/** The cascade itself, inside a read-write transaction on sessions, agenda items, participants, attendance and answers. */
export async function deleteSessionWithin(db: OspitaDatabase, id: string, change: ChangeBuilder): Promise<void> {
  change.delete('sessions', [id]);
  await db.agendaItems.where('sessionId').equals(id).delete();
  await deleteSessionFeedback(db, id);
  await deleteSessionList(db, id);
  await deleteSessionLog(db, id);
  await db.sessions.delete(id);
}
