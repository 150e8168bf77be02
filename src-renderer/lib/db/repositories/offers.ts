import { validateOffer, type OfferDraft, type OfferProblems } from '../../domain/offers';
import { lastDay as lastDayOf } from '../../domain/privacy';
import { sessionsFromOffer } from '../../domain/sessions';
import type { Offer, Session } from '../../domain/types';
import { newId, nowInstant } from '../ids';
import { getDb } from '../index';
import { journaledWrite } from '../journaled';
import { InvalidRecordError } from './invalid-record';
import { deleteSessionWithin } from './sessions';

export async function listOffers(): Promise<Offer[]> {
  return getDb().offers.toArray();
}

export async function getOffer(id: string): Promise<Offer | undefined> {
  return getDb().offers.get(id);
}

export interface OfferSummary {
  offer: Offer;
  /** First day of a live session (or candidate date) on or after today; '' when none. */
  nextDay: string;
  /** When nothing is to come: the most recent date already past (the list shows it instead of nothing); else ''. */
  lastDay: string;
  sessionCount: number;
}

/** Offers with their next date, soonest first; offers with no date to come last, newest first. */
export async function listOfferSummaries(today: string): Promise<OfferSummary[]> {
  const db = getDb();
  const [offers, sessions] = await Promise.all([db.offers.toArray(), db.sessions.toArray()]);
  const byOffer = new Map<string, Session[]>();
  for (const s of sessions) byOffer.set(s.offerId, [...(byOffer.get(s.offerId) ?? []), s]);
  const summaries = offers.map((offer) => {
    const own = (byOffer.get(offer.id) ?? []).filter((s) => s.status !== 'annullata');
    const days = own.length
      ? own.flatMap((s) => (s.days.length ? [s.days[0]!] : s.candidates.map((c) => c.days[0] ?? '')))
      : offer.candidateSessions.map((c) => c.days[0] ?? '');
    const dated = days.filter(Boolean).sort();
    const nextDay = dated.find((d) => d >= today) ?? '';
    // The last day actually held: the second day of a two-day session, not its first.
    const lastDays = own.length ? own.map((s) => lastDayOf(s) ?? '') : offer.candidateSessions.map((c) => lastDayOf({ days: c.days, candidates: [] }) ?? '');
    const lastDay = nextDay ? '' : (lastDays.filter(Boolean).sort().at(-1) ?? '');
    return { offer, nextDay, lastDay, sessionCount: own.length };
  });
  return summaries.sort((a, b) => (a.nextDay || '9999').localeCompare(b.nextDay || '9999') || b.offer.updatedAt.localeCompare(a.offer.updatedAt));
}

function check(draft: OfferDraft): void {
  const problems = validateOffer(draft);
  if (Object.keys(problems).length > 0) throw new InvalidRecordError<OfferProblems>(problems);
}

/** Saves a new offer and creates its sessions (DESIGN §1), all at once or not at all. */
export async function createOfferWithSessions(draft: OfferDraft): Promise<{ offer: Offer; sessions: Session[] }> {
  check(draft);
  const db = getDb();
  const now = nowInstant();
  const offer: Offer = { ...structuredClone(draft), id: newId(), createdAt: now, updatedAt: now };
  const sessions: Session[] = sessionsFromOffer(offer).map((s) => ({ ...s, id: newId(), createdAt: now, updatedAt: now }));
  await journaledWrite([db.offers, db.sessions], async (change) => {
    change.put('offers', [offer]).put('sessions', sessions);
    await db.offers.add(offer);
    await db.sessions.bulkAdd(sessions);
  });
  return { offer, sessions };
}

/** Saves a new offer without sessions (an offer typed in by hand, sessions created later). */
export async function createOffer(draft: OfferDraft): Promise<Offer> {
  check(draft);
  const now = nowInstant();
  const offer: Offer = { ...structuredClone(draft), id: newId(), createdAt: now, updatedAt: now };
  const db = getDb();
  await journaledWrite([db.offers], async (change) => {
    change.put('offers', [offer]);
    await db.offers.add(offer);
  });
  return offer;
}

/** Saves the changes to an offer; its sessions keep their own dates, venue and capacity. */
export async function updateOffer(id: string, draft: OfferDraft): Promise<Offer> {
  check(draft);
  const db = getDb();
  return journaledWrite([db.offers], async (change) => {
    const existing = await db.offers.get(id);
    if (!existing) throw new Error(`Offer ${id} not found`);
    const offer: Offer = { ...structuredClone(draft), id, createdAt: existing.createdAt, updatedAt: nowInstant() };
    change.put('offers', [offer]);
    await db.offers.put(offer);
    return offer;
  });
}

/** Creates the sessions of an offer from its dates (for an offer that has none yet). */
export async function createSessionsFromOffer(id: string): Promise<Session[]> {
  const db = getDb();
  return journaledWrite([db.offers, db.sessions], async (change) => {
    const offer = await db.offers.get(id);
    if (!offer) throw new Error(`Offer ${id} not found`);
    const now = nowInstant();
    const sessions: Session[] = sessionsFromOffer(offer).map((s) => ({ ...s, id: newId(), createdAt: now, updatedAt: now }));
    change.put('sessions', sessions);
    await db.sessions.bulkAdd(sessions);
    return sessions;
  });
}

/** Deletes an offer and everything that hangs from it, in one transaction. */
export async function deleteOfferCascade(id: string): Promise<void> {
  const db = getDb();
  await journaledWrite([db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.feedbackLists, db.questionnaires], async (change) => {
    const sessions = await db.sessions.where('offerId').equals(id).primaryKeys();
    for (const sessionId of sessions) await deleteSessionWithin(db, sessionId, change);
    change.delete('offers', [id]);
    const questionnaires = await db.questionnaires.where('offerId').equals(id).primaryKeys();
    change.delete('questionnaires', questionnaires);
    await db.questionnaires.bulkDelete(questionnaires);
    await db.offers.delete(id);
  });
}
