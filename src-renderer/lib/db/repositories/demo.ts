// The demo data in the database: load it into an empty database, take it out again (./demo-presence.ts says
// whether there is any). What the demo holds is built in lib/demo from the example forms; which records are demo
// is told by their ids (lib/demo/demo-ids.ts).
import type { BackupData } from '../backup-document';
import { readAllData, replaceAllData } from '../backup';
import { groupIntoDays } from '../attendance-days';
import { groupIntoLists } from '../participant-lists';
import { groupIntoFeedbackLists } from '../feedback-lists';
import { STORED_TABLES } from '../database';
import { getDb } from '../index';
import { newId } from '../ids';
import { journaledWrite } from '../journaled';
import { emptyData } from '../../journal/replay';
import { recordDifference } from '../../journal/diff';
import { hasDemoData, planDemoRemoval, type DemoRemoval } from '../../demo/remove-demo';

/** The database already holds offers, sessions or people: the demo is offered only to an empty one. */
export class NotEmptyError extends Error {}

export interface LoadedDemo {
  offers: number;
  sessions: number;
  participants: number;
  /** The demo's host settings (name, logo, signatory) were written: none had been saved. */
  settings: boolean;
}

/**
 * Writes the demo data into an empty database, all of it or nothing. Host settings the user already saved are
 * kept; otherwise the demo's are written (the documents then show a real-looking letterhead).
 */
export async function loadDemoData(data: BackupData): Promise<LoadedDemo> {
  const db = getDb();
  return journaledWrite(STORED_TABLES.map((t) => db.table(t)), async (change) => {
    const counts = await Promise.all([db.offers.count(), db.sessions.count(), db.agendaItems.count(), db.participantLists.count(), db.attendanceDays.count()]);
    if (counts.some((n) => n > 0)) throw new NotEmptyError('Ci sono già dei dati: i dati dimostrativi si caricano solo in un archivio vuoto.');
    const writeSettings = (await db.settings.get('host')) === undefined;
    await Promise.all([
      writeSettings ? db.settings.bulkAdd(data.settings) : Promise.resolve(),
      db.offers.bulkAdd(data.offers),
      db.sessions.bulkAdd(data.sessions),
      db.agendaItems.bulkAdd(data.agendaItems),
      db.participantLists.bulkAdd(groupIntoLists(data.participants)),
      db.attendanceDays.bulkAdd(groupIntoDays(data.attendance)),
      db.questionnaires.bulkAdd(data.questionnaires),
      db.feedbackLists.bulkAdd(groupIntoFeedbackLists(data.feedback)),
    ]);
    recordDifference(emptyData(), { ...data, settings: writeSettings ? data.settings : [] }, change);
    return { offers: data.offers.length, sessions: data.sessions.length, participants: data.participants.length, settings: writeSettings };
  });
}

/** What «Rimuovi i dati dimostrativi» would do now, to show before confirming. */
export async function previewDemoRemoval(): Promise<DemoRemoval> {
  return planDemoRemoval(await readAllData(), () => 'new');
}

/** Takes the demo data out in one transaction, keeping every real record (lib/demo/remove-demo.ts says how). */
export async function removeDemoData(): Promise<DemoRemoval> {
  const db = getDb();
  return journaledWrite(STORED_TABLES.map((t) => db.table(t)), async (change) => {
    const data = await readAllData(db);
    const plan = planDemoRemoval(data, newId);
    if (hasDemoData(data) || plan.settings === 'reset') {
      await replaceAllData(plan.data, db);
      recordDifference(data, plan.data, change);
    }
    return plan;
  });
}

export { dataPresence, type DataPresence } from './demo-presence';
