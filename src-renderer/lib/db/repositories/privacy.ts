// Personal data on disk: the sessions past their retention period, purging one, and exporting what is held
// about one participant.
import { consentMissing, participantDossier, retentionEnd, anonymousStatistics, sessionsPastRetention } from '../../domain/privacy';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { Session, SessionStatistics } from '../../domain/types';
import { deleteSessionLog, readSession } from '../attendance-days';
import { deleteSessionList, findParticipant, readAllParticipants, readList } from '../participant-lists';
import { readFeedback, writeFeedback } from '../feedback-lists';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';

export interface PrivacySessionRow {
  session: Session;
  title: string;
  /** Last day + retention ('' when the session has no date). */
  due: string;
  pastRetention: boolean;
  participants: number;
  consentMissing: number;
}

export interface PrivacyOverview {
  retentionMonths: number;
  rows: PrivacySessionRow[];
}

/** Every session with its retention date and what it still holds, soonest due first. */
export async function privacyOverview(today: string): Promise<PrivacyOverview> {
  const db = getDb();
  return db.transaction('r', [db.sessions, db.offers, db.participantLists, db.settings], async () => {
    const [sessions, offers, participants, stored] = await Promise.all([db.sessions.toArray(), db.offers.toArray(), readAllParticipants(db), db.settings.get('host')]);
    const months = stored?.retentionMonths ?? DEFAULT_SETTINGS.retentionMonths;
    const titles = new Map(offers.map((o) => [o.id, o.title]));
    const past = new Set(sessionsPastRetention(sessions, months, today).map((d) => d.session.id));
    const bySession = new Map<string, { total: number; missing: number }>();
    for (const p of participants) {
      const row = bySession.get(p.sessionId) ?? { total: 0, missing: 0 };
      row.total++;
      if (consentMissing(p)) row.missing++;
      bySession.set(p.sessionId, row);
    }
    const rows = sessions
      .map((session) => ({
        session,
        title: titles.get(session.offerId) ?? '',
        due: retentionEnd(session, months) ?? '',
        pastRetention: past.has(session.id),
        participants: bySession.get(session.id)?.total ?? 0,
        consentMissing: bySession.get(session.id)?.missing ?? 0,
      }))
      .sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999'));
    return { retentionMonths: months, rows };
  });
}

/**
 * Removes a session's participants (names, contacts, notes, codes, consent) and their attendance log, and the
 * names on its feedback answers, keeping
 * anonymous statistics on the session, all in one transaction. The purge is recorded on the session with a new
 * `updatedAt`, so a merge with another station's older backup never brings the personal data back.
 */
export async function purgeSessionPersonalData(sessionId: string, now: Date = new Date()): Promise<SessionStatistics> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists, db.attendanceDays, db.agendaItems, db.settings, db.feedbackLists], async (change) => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('Sessione non trovata.');
    if (session.statistics) return session.statistics;
    const [participants, events, items, stored] = await Promise.all([
      readList(db, sessionId),
      readSession(db, sessionId),
      db.agendaItems.where('sessionId').equals(sessionId).toArray(),
      db.settings.get('host'),
    ]);
    const purgedAt = nowInstant(now);
    const statistics = anonymousStatistics({ session, participants, events, items, fallbackDayEnd: stored?.dayEnd ?? DEFAULT_SETTINGS.dayEnd, purgedAt });
    change.put('sessions', [{ ...session, statistics, updatedAt: purgedAt }]).purge(sessionId);
    await deleteSessionLog(db, sessionId);
    await deleteSessionList(db, sessionId);
    // The answers to the questionnaire stay (they are anonymous), without any name a guest chose to give.
    const feedback = await readFeedback(db, sessionId);
    if (feedback.some((r) => r.respondentName)) {
      const anonymous = feedback.map((r) => (r.respondentName ? { ...r, respondentName: '', updatedAt: purgedAt } : r));
      change.put('feedback', anonymous.filter((r) => r.updatedAt === purgedAt));
      await writeFeedback(db, sessionId, anonymous);
    }
    await db.sessions.update(sessionId, { statistics, updatedAt: purgedAt });
    return statistics;
  });
}

/** Everything held about one participant, as JSON text; null if the participant does not exist. */
export async function exportParticipantData(participantId: string, now: Date = new Date()): Promise<string | null> {
  const db = getDb();
  return db.transaction('r', [db.participantLists, db.sessions, db.offers, db.attendanceDays], async () => {
    const participant = await findParticipant(db, participantId);
    if (!participant) return null;
    const session = await db.sessions.get(participant.sessionId);
    const offer = session ? await db.offers.get(session.offerId) : undefined;
    const events = (await readSession(db, participant.sessionId)).filter((e) => e.participantId === participantId);
    return `${JSON.stringify(participantDossier(participant, session, offer, events, nowInstant(now)), null, 2)}\n`;
  });
}
