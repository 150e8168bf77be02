import type { Session } from '../../domain/types';
import { getDb } from '../index';

/** Sessions, soonest first; sessions with no date yet last. */
export async function listSessions(): Promise<Session[]> {
  const all = await getDb().sessions.toArray();
  return all.sort((a, b) => (a.firstDay || '9999').localeCompare(b.firstDay || '9999') || a.createdAt.localeCompare(b.createdAt));
}

export async function getSession(id: string): Promise<Session | undefined> {
  return getDb().sessions.get(id);
}

/** Deletes a session with its programme, participants and attendance, all at once or not at all. */
export async function deleteSessionCascade(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.agendaItems, db.participants, db.attendance], async () => {
    await db.agendaItems.where('sessionId').equals(id).delete();
    await db.participants.where('sessionId').equals(id).delete();
    await db.attendance.where('[sessionId+day]').between([id, ''], [id, '\uffff']).delete();
    await db.sessions.delete(id);
  });
}
