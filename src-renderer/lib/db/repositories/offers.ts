import type { Offer } from '../../domain/types';
import { getDb } from '../index';
import { deleteSessionCascade } from './sessions';

export async function listOffers(): Promise<Offer[]> {
  return getDb().offers.toArray();
}

export async function getOffer(id: string): Promise<Offer | undefined> {
  return getDb().offers.get(id);
}

/** Deletes an offer and everything that hangs from it, in one transaction. */
export async function deleteOfferCascade(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.offers, db.sessions, db.agendaItems, db.participants, db.attendance], async () => {
    const sessions = await db.sessions.where('offerId').equals(id).primaryKeys();
    for (const sessionId of sessions) await deleteSessionCascade(sessionId);
    await db.offers.delete(id);
  });
}
