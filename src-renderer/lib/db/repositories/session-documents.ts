// What a session's handouts are made from, read in one transaction so the documents agree with each other. The
// only place that gathers them: the Documenti, Programma, Partecipanti, Check-in and Questionario screens, the
// messages, and the command-line tools (which read a backup through the same functions, see scripts/lib/backup-db.ts).
import { defaultQuestions, questionnaireId } from '../../domain/feedback';
import type { Locale } from '../../domain/dates';
import type { AttendanceSource, ParticipantsSource, ProgrammeSource, SessionDocumentInput } from '../../domain/session-data';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { sortItems } from '../../domain/agenda';
import { readSession } from '../attendance-days';
import { readFeedback } from '../feedback-lists';
import { readList } from '../participant-lists';
import { getDb } from '../index';

/** The programme of a session with its offer (null if gone) and the host's settings; null when the session is gone. */
export async function loadProgrammeSource(sessionId: string): Promise<ProgrammeSource | null> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.sessions, db.offers, db.agendaItems], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const [offer, items, stored] = await Promise.all([db.offers.get(session.offerId), db.agendaItems.where('sessionId').equals(sessionId).toArray(), db.settings.get('host')]);
    return { session, offer: offer ?? null, items: sortItems(items), settings: { ...DEFAULT_SETTINGS, ...stored } };
  });
}

/** The same with the people registered (list, badges, catering); null when the session is gone. */
export async function loadParticipantsSource(sessionId: string): Promise<ParticipantsSource | null> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.sessions, db.offers, db.agendaItems, db.participantLists], async () => {
    const source = await loadProgrammeSource(sessionId);
    return source && { ...source, participants: await readList(db, sessionId) };
  });
}

/** The same with the attendance log (the hours summary at the check-in); null when the session is gone. */
export async function loadAttendanceSource(sessionId: string): Promise<AttendanceSource | null> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.sessions, db.offers, db.agendaItems, db.participantLists, db.attendanceDays], async () => {
    const source = await loadParticipantsSource(sessionId);
    return source && { ...source, events: await readSession(db, sessionId) };
  });
}

/** The session's data for its documents, or null when the session (or its offer) no longer exists. */
export async function loadSessionDocumentInput(sessionId: string, lang: Locale): Promise<SessionDocumentInput | null> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.sessions, db.offers, db.agendaItems, db.participantLists, db.attendanceDays, db.questionnaires, db.feedbackLists], async () => {
    const source = await loadAttendanceSource(sessionId);
    if (!source?.offer) return null;
    const [questionnaire, responses] = await Promise.all([db.questionnaires.get(questionnaireId(source.offer.id)), readFeedback(db, sessionId)]);
    const feedback = { questions: questionnaire?.questions ?? defaultQuestions(), responses };
    return { ...source, offer: source.offer, lang, feedback };
  });
}

/** Session ids, the most recent first day first. */
async function sessionIdsNewestFirst(): Promise<string[]> {
  return (await getDb().sessions.orderBy('firstDay').reverse().primaryKeys()) as string[];
}

/** The most recent session whose data `accept` takes (a real example to preview a template with), or null. */
export async function findSessionDocumentInput(lang: Locale, accept: (input: SessionDocumentInput) => boolean): Promise<SessionDocumentInput | null> {
  for (const id of await sessionIdsNewestFirst()) {
    const input = await loadSessionDocumentInput(id, lang);
    if (input && accept(input)) return input;
  }
  return null;
}

/** The most recent session whose programme `accept` takes, or null. */
export async function findProgrammeSource(accept: (source: ProgrammeSource) => boolean): Promise<ProgrammeSource | null> {
  for (const id of await sessionIdsNewestFirst()) {
    const source = await loadProgrammeSource(id);
    if (source && accept(source)) return source;
  }
  return null;
}
