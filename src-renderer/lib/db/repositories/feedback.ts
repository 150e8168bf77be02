// The feedback questionnaire of an offer and the answers of a session: read, edited, typed from paper,
// imported from an online form. Every write is one transaction, journaled (../journaled.ts).
import { cleanAnswers, defaultQuestions, isEmptyResponse, MAX_NAME_LENGTH, questionProblem, questionnaireId, tidyQuestions, type QuestionProblem } from '../../domain/feedback';
import type { FeedbackResponse, FeedbackSource, Question, Questionnaire } from '../../domain/types';
import { putFeedback, readFeedback, writeFeedback } from '../feedback-lists';
import { newId, nowInstant } from '../ids';
import { getDb } from '../index';
import { journaledWrite } from '../journaled';
import { DEFAULT_SETTINGS } from '../../domain/settings';

/** The questions of an offer: its own if it has some, the default otherwise. */
export async function loadQuestions(offerId: string): Promise<{ questions: Question[]; custom: boolean }> {
  const stored = await getDb().questionnaires.get(questionnaireId(offerId));
  return stored ? { questions: stored.questions, custom: true } : { questions: defaultQuestions(), custom: false };
}

/** Saves an offer's questions after checking them; a problem changes nothing. */
export async function saveQuestions(offerId: string, questions: Question[], now: Date = new Date()): Promise<{ problem: QuestionProblem; n?: number } | null> {
  const problem = questionProblem(questions);
  if (problem) return problem;
  const db = getDb();
  const at = nowInstant(now);
  await journaledWrite([db.questionnaires], async (change) => {
    const id = questionnaireId(offerId);
    const current = await db.questionnaires.get(id);
    const record: Questionnaire = { id, createdAt: current?.createdAt ?? at, updatedAt: at, offerId, questions: tidyQuestions(questions) };
    change.put('questionnaires', [record]);
    await db.questionnaires.put(record);
  });
  return null;
}

/** Back to the default questions (the offer's own are removed). */
export async function resetQuestions(offerId: string): Promise<void> {
  const db = getDb();
  await journaledWrite([db.questionnaires], async (change) => {
    const id = questionnaireId(offerId);
    if (!(await db.questionnaires.get(id))) return;
    change.delete('questionnaires', [id]);
    await db.questionnaires.delete(id);
  });
}

/** A session's answers, in the order they were entered. */
export function listResponses(sessionId: string): Promise<FeedbackResponse[]> {
  return readFeedback(getDb(), sessionId);
}

/** One response as typed or imported, before it gets an id. */
export interface ResponseDraft {
  /** The response being changed, or null for a new one. */
  id: string | null;
  respondentName: string;
  answers: Record<string, unknown>;
}

function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
}

/**
 * Applies the paper grid: new forms are added, changed ones rewritten, removed ones deleted; forms that answer
 * nothing are left out. All in one transaction. Returns how many were added, changed and removed.
 */
export async function saveResponses(
  sessionId: string,
  questions: readonly Question[],
  drafts: readonly ResponseDraft[],
  removed: readonly string[],
  now: Date = new Date(),
): Promise<{ added: number; changed: number; removed: number }> {
  const db = getDb();
  const at = nowInstant(now);
  return journaledWrite([db.feedbackLists], async (change) => {
    const current = await readFeedback(db, sessionId);
    const byId = new Map(current.map((r) => [r.id, r]));
    const gone = new Set(removed);
    let added = 0;
    let changed = 0;
    const next = current.filter((r) => !gone.has(r.id));
    for (const draft of drafts) {
      const answers = cleanAnswers(questions, draft.answers);
      const existing = draft.id ? byId.get(draft.id) : undefined;
      if (existing) {
        // Answers to questions no longer asked stay as they were.
        const kept = Object.fromEntries(Object.entries(existing.answers).filter(([k]) => !questions.some((q) => q.id === k)));
        const updated: FeedbackResponse = { ...existing, respondentName: tidyName(draft.respondentName), answers: { ...kept, ...answers }, updatedAt: at };
        if (JSON.stringify([existing.respondentName, existing.answers]) === JSON.stringify([updated.respondentName, updated.answers])) continue;
        if (isEmptyResponse(updated.answers)) {
          gone.add(existing.id);
          continue;
        }
        next[next.findIndex((r) => r.id === existing.id)] = updated;
        changed++;
      } else if (!isEmptyResponse(answers)) {
        next.push(newResponse(sessionId, draft.respondentName, answers, 'paper', null, at));
        added++;
      }
    }
    const kept = next.filter((r) => !gone.has(r.id));
    const deleted = current.filter((r) => gone.has(r.id)).map((r) => r.id);
    const previous = new Set(current);
    change.put('feedback', kept.filter((r) => !previous.has(r))).delete('feedback', deleted);
    if (change.isEmpty) return { added, changed, removed: 0 };
    await writeFeedback(db, sessionId, kept);
    return { added, changed, removed: deleted.length };
  });
}

function newResponse(sessionId: string, name: string, answers: Record<string, number | string>, source: FeedbackSource, externalKey: string | null, at: string): FeedbackResponse {
  return { id: newId(), createdAt: at, updatedAt: at, sessionId, respondentName: tidyName(name), answers, source, externalKey };
}

/** One row of an online form's export, as the importer read it. */
export interface ImportedResponse {
  externalKey: string;
  respondentName: string;
  answers: Record<string, number | string>;
}

/**
 * Adds the answers read from an online form's export; rows already imported (same key) are skipped, so the
 * growing export of the same form can be imported again. One transaction.
 */
export async function importResponses(sessionId: string, rows: readonly ImportedResponse[], now: Date = new Date()): Promise<{ added: number; alreadyThere: number }> {
  const db = getDb();
  const at = nowInstant(now);
  return journaledWrite([db.feedbackLists], async (change) => {
    const known = new Set((await readFeedback(db, sessionId)).map((r) => r.externalKey).filter(Boolean));
    const fresh: FeedbackResponse[] = [];
    let alreadyThere = 0;
    for (const row of rows) {
      if (known.has(row.externalKey)) {
        alreadyThere++;
        continue;
      }
      known.add(row.externalKey);
      if (!isEmptyResponse(row.answers)) fresh.push(newResponse(sessionId, row.respondentName, row.answers, 'import', row.externalKey, at));
    }
    change.put('feedback', fresh);
    await putFeedback(db, fresh);
    return { added: fresh.length, alreadyThere };
  });
}

export interface FeedbackContext {
  session: import('../../domain/types').Session;
  offer: import('../../domain/types').Offer;
  settings: import('../../domain/types').HostSettings;
  questions: Question[];
  /** The offer has its own questions (else the default ones). */
  custom: boolean;
  responses: FeedbackResponse[];
}

/**
 * What the Questionario screen shows for a session; null when the session is gone. Plain reads, no explicit
 * transaction: the screen follows them with liveQuery, which then sees every table they touch.
 */
export async function loadFeedbackContext(sessionId: string): Promise<FeedbackContext | null> {
  const db = getDb();
  {
    const session = await db.sessions.get(sessionId);
    const offer = session ? await db.offers.get(session.offerId) : undefined;
    if (!session || !offer) return null;
    const [stored, questionnaire, responses] = await Promise.all([db.settings.get('host'), db.questionnaires.get(questionnaireId(offer.id)), readFeedback(db, sessionId)]);
    return {
      session,
      offer,
      settings: { ...DEFAULT_SETTINGS, ...stored },
      questions: questionnaire?.questions ?? defaultQuestions(),
      custom: Boolean(questionnaire),
      responses,
    };
  }
}
