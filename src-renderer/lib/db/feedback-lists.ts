// How the guests' feedback answers are kept in IndexedDB: one record per session holding its responses in the
// order they were entered, like participants (./participant-lists.ts) and for the same reason: IndexedDB pays per
// record, and ten years of questionnaires would otherwise be thousands of records to restore one by one.
// Backups list the responses one by one, each with its id, so two stations' answers merge record by record.
import { byId, groupBy } from '../domain/collections';
import type { FeedbackResponse } from '../domain/types';
import type { OspitaDatabase } from './database';

/** The stored record: a session and its guests' answers. */
export interface FeedbackList {
  sessionId: string;
  responses: FeedbackResponse[];
}

/** Groups responses into one list per session, keeping their order. Pure. */
export function groupIntoFeedbackLists(responses: readonly FeedbackResponse[]): FeedbackList[] {
  return [...groupBy(responses, (r) => r.sessionId)].map(([sessionId, list]) => ({ sessionId, responses: list }));
}

/** Every response of the given lists, ordered by id (as a backup lists them). Pure. */
export function flattenFeedbackLists(lists: readonly FeedbackList[]): FeedbackResponse[] {
  return lists.flatMap((l) => l.responses).sort(byId);
}

/** A session's responses in the order they were entered. */
export async function readFeedback(db: OspitaDatabase, sessionId: string): Promise<FeedbackResponse[]> {
  return (await db.feedbackLists.get(sessionId))?.responses ?? [];
}

/** Every response in the database. */
export async function readAllFeedback(db: OspitaDatabase): Promise<FeedbackResponse[]> {
  return flattenFeedbackLists(await db.feedbackLists.toArray());
}

/** Replaces a session's list; an empty list removes the record. Inside a read-write transaction. */
export async function writeFeedback(db: OspitaDatabase, sessionId: string, responses: readonly FeedbackResponse[]): Promise<void> {
  if (responses.length) await db.feedbackLists.put({ sessionId, responses: [...responses] });
  else await db.feedbackLists.delete(sessionId);
}

/**
 * Writes responses, each replacing the stored one with its id or joining its session's list. Must run inside a
 * read-write transaction on `feedbackLists`.
 */
export async function putFeedback(db: OspitaDatabase, responses: readonly FeedbackResponse[]): Promise<void> {
  if (!responses.length) return;
  const sessionIds = [...new Set(responses.map((r) => r.sessionId))];
  const stored = await db.feedbackLists.bulkGet(sessionIds);
  await Promise.all(
    sessionIds.map((sessionId, i) => {
      const list = [...(stored[i]?.responses ?? [])];
      const index = new Map(list.map((r, n) => [r.id, n]));
      for (const r of responses) {
        if (r.sessionId !== sessionId) continue;
        const at = index.get(r.id);
        if (at === undefined) {
          index.set(r.id, list.length);
          list.push(r);
        } else list[at] = r;
      }
      return writeFeedback(db, sessionId, list);
    }),
  );
}

/** Removes a session's answers (the session is deleted). */
export async function deleteSessionFeedback(db: OspitaDatabase, sessionId: string): Promise<void> {
  await db.feedbackLists.delete(sessionId);
}
