// Is Ospita empty, and is demo data in it? Asked live by the banner and the empty screens, so kept apart from
// the heavier load and remove (./demo.ts), which are loaded only when used.
import { getDb } from '../index';
import { DEMO_PREFIX } from '../../demo/demo-ids';

export interface DataPresence {
  /** No offer and no session yet: a first run, or everything deleted. */
  empty: boolean;
  /** Some demo record is in the database. */
  demo: boolean;
}

/** Counts and index look-ups only: cheap enough for a live query behind every screen. */
export async function dataPresence(): Promise<DataPresence> {
  const db = getDb();
  const [offers, sessions, demoOffers, demoSessions, demoPeople] = await Promise.all([
    db.offers.count(),
    db.sessions.count(),
    db.offers.where('id').startsWith(DEMO_PREFIX).count(),
    db.sessions.where('id').startsWith(DEMO_PREFIX).count(),
    db.participantLists.where('ids').startsWith(DEMO_PREFIX).count(),
  ]);
  return { empty: offers === 0 && sessions === 0, demo: demoOffers + demoSessions + demoPeople > 0 };
}
