// Everything a session's handouts are made from, read in one transaction so the documents agree with each other.
import type { DocLang } from '../../documents/handouts/common';
import type { SessionDocumentInput } from '../../documents/handouts/session-input';
import { certificatePlan, type CertificateEntry } from '../../documents/handouts/certificate';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { readSession } from '../attendance-days';
import { readList } from '../participant-lists';
import { readFeedback } from '../feedback-lists';
import { defaultQuestions, questionnaireId } from '../../domain/feedback';
import { getDb } from '../index';

/** The session's data for its documents, or null when the session (or its offer) no longer exists. */
export async function loadSessionDocumentInput(sessionId: string, lang: DocLang): Promise<SessionDocumentInput | null> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.sessions, db.offers, db.agendaItems, db.participantLists, db.attendanceDays, db.questionnaires, db.feedbackLists], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const offer = await db.offers.get(session.offerId);
    if (!offer) return null;
    const [stored, items, participants, events, questionnaire, responses] = await Promise.all([
      db.settings.get('host'),
      db.agendaItems.where('sessionId').equals(sessionId).toArray(),
      readList(db, sessionId),
      readSession(db, sessionId),
      db.questionnaires.get(questionnaireId(offer.id)),
      readFeedback(db, sessionId),
    ]);
    const feedback = { questions: questionnaire?.questions ?? defaultQuestions(), responses };
    return { settings: { ...DEFAULT_SETTINGS, ...stored }, offer, session, items, participants, events, lang, feedback };
  });
}

/**
 * A real person to preview a certificate template with: the first who receives a certificate in the most recent
 * session that has one (sessions newest first), with the session's data. Null when no session has any.
 */
export async function findCertificatePreview(lang: DocLang): Promise<{ input: SessionDocumentInput; entry: CertificateEntry } | null> {
  const sessions = await getDb().sessions.orderBy('firstDay').reverse().toArray();
  for (const session of sessions) {
    const input = await loadSessionDocumentInput(session.id, lang);
    const entry = input ? certificatePlan(input).entries[0] : undefined;
    if (input && entry) return { input, entry };
  }
  return null;
}
