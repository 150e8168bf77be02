// Personal data on disk: the sessions past their retention period, purging one, and exporting what is held
// about one participant.
import { consentMissing, erasedCount, participantDossier, signedBy, retentionEnd, anonymousStatistics, sessionsPastRetention } from '../../domain/privacy';
import { applyLedger, erasureRecord, erasuresOf, purgeRecord, type ErasureRecord } from '../../domain/privacy-ledger';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { Session, SessionStatistics } from '../../domain/types';
import { deleteSessionLog, readSession, removeEvents } from '../attendance-days';
import { deleteParticipants, deleteSessionList, findParticipant, readAllParticipants, readList } from '../participant-lists';
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
/**
 * Removes a session's participants (names, contacts, notes, codes, consent, the messages prepared for them) and
 * their attendance log, and the names on its feedback answers, keeping anonymous statistics on the session
 * (people erased on request earlier still counted), all in one transaction. The purge is recorded on the session
 * with a new `updatedAt` and in the privacy ledger, so a merge or a restore of an older backup never brings the
 * personal data back.
 */
export async function purgeSessionPersonalData(sessionId: string, now: Date = new Date()): Promise<SessionStatistics> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists, db.attendanceDays, db.agendaItems, db.settings, db.feedbackLists, db.privacyLedger], async (change) => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('Sessione non trovata.');
    if (session.statistics) return session.statistics;
    const [participants, events, items, stored, ledger] = await Promise.all([
      readList(db, sessionId),
      readSession(db, sessionId),
      db.agendaItems.where('sessionId').equals(sessionId).toArray(),
      db.settings.get('host'),
      db.privacyLedger.toArray(),
    ]);
    const purgedAt = nowInstant(now);
    const erased = erasuresOf(ledger, sessionId).map((r) => r.counted);
    const statistics = anonymousStatistics({ session, participants, events, items, fallbackDayEnd: stored?.dayEnd ?? DEFAULT_SETTINGS.dayEnd, purgedAt, erased });
    // Journaled with its ledger record, so a recovery from an older backup purges again (and never brings them back).
    change.put('sessions', [{ ...session, statistics, updatedAt: purgedAt }]).purge(sessionId).ledger([purgeRecord(sessionId, statistics)]);
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
    await db.privacyLedger.put(purgeRecord(sessionId, statistics));
    return statistics;
  });
}

/**
 * Erases one person on request (GDPR art. 17): their registration (with the messages prepared for them) and
 * their attendance (corrections of it included) go in one transaction, and the questionnaire answers they
 * signed with their name keep the answers without the name; a tombstone in the privacy ledger, holding their id,
 * the ids of those answers and what they count for in the session's anonymous statistics, makes every later
 * restore or merge of an older copy erase them again. Returns null when the person is not (or no longer) there.
 */
export async function eraseParticipant(participantId: string, now: Date = new Date()): Promise<ErasureRecord | null> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists, db.attendanceDays, db.agendaItems, db.settings, db.feedbackLists, db.privacyLedger], async (change) => {
    const participant = await findParticipant(db, participantId);
    if (!participant) return null;
    const [session, log, items, stored, feedback] = await Promise.all([
      db.sessions.get(participant.sessionId),
      readSession(db, participant.sessionId),
      db.agendaItems.where('sessionId').equals(participant.sessionId).toArray(),
      db.settings.get('host'),
      readFeedback(db, participant.sessionId),
    ]);
    const counted = session ? erasedCount({ session, participant, events: log, items, fallbackDayEnd: stored?.dayEnd ?? DEFAULT_SETTINGS.dayEnd }) : null;
    const signed = feedback.filter((r) => signedBy(r.respondentName, participant)).map((r) => r.id);
    const tombstone = erasureRecord(participant, nowInstant(now), counted, signed);
    // Exactly what the tombstone takes out of any other copy: their events and the corrections voiding them,
    // and their name on the answers they signed.
    const { data, effect } = applyLedger({ sessions: [], participants: [participant], attendance: log, feedback }, [tombstone]);
    const gone = new Set(effect.events);
    await removeEvents(db, log.filter((e) => gone.has(e.id)));
    await deleteParticipants(db, [participantId]);
    if (effect.feedback.length) await writeFeedback(db, participant.sessionId, data.feedback!);
    await db.privacyLedger.put(tombstone);
    // The journal records the tombstone, never the person: a recovery replaying older lines erases them again.
    change.ledger([tombstone]);
    return tombstone;
  });
}

/** Everything held about one participant, as JSON text; null if the participant does not exist. */
export async function exportParticipantData(participantId: string, now: Date = new Date()): Promise<string | null> {
  const db = getDb();
  return db.transaction('r', [db.participantLists, db.sessions, db.offers, db.attendanceDays, db.feedbackLists], async () => {
    const participant = await findParticipant(db, participantId);
    if (!participant) return null;
    const session = await db.sessions.get(participant.sessionId);
    const offer = session ? await db.offers.get(session.offerId) : undefined;
    const events = (await readSession(db, participant.sessionId)).filter((e) => e.participantId === participantId);
    // The answers they signed with their name are theirs too (an erasure takes the name off them).
    const answers = (await readFeedback(db, participant.sessionId)).filter((r) => signedBy(r.respondentName, participant));
    return `${JSON.stringify(participantDossier(participant, session, offer, events, nowInstant(now), answers), null, 2)}\n`;
  });
}
