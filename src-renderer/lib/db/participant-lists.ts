// How participants are kept in IndexedDB: one record per session (its list of registered people, in the order
// they were registered), indexed by every participant id and check-in code it holds. Like the attendance log
// (./attendance-days.ts), a list is read and rewritten whole inside the read-write transaction that changes it.
//
// Why not one record per participant: Chromium's IndexedDB pays about 100 µs per record written, whatever its
// size, so restoring 5,000 participants one by one took half a second of the restore's second (`npm run bench`);
// forty session lists take a few tens of milliseconds. A session rarely holds more than a few dozen people, so
// rewriting its list on each change costs less than a frame.
import { byId, groupBy } from '../domain/collections';
import type { Participant } from '../domain/types';
import type { OspitaDatabase } from './database';

/** The stored record: a session and everyone registered to it. `ids` and `codes` feed the lookup indexes. */
export interface ParticipantList {
  sessionId: string;
  ids: string[];
  codes: string[];
  participants: Participant[];
}

/** The record for one session's participants. Pure. */
export function listRecord(sessionId: string, participants: readonly Participant[]): ParticipantList {
  return { sessionId, ids: participants.map((p) => p.id), codes: participants.map((p) => p.checkinCode), participants: [...participants] };
}

/** Groups participants into one list per session, keeping their order within each session. Pure. */
export function groupIntoLists(participants: readonly Participant[]): ParticipantList[] {
  return [...groupBy(participants, (p) => p.sessionId)].map(([sessionId, list]) => listRecord(sessionId, list));
}

/** Everyone in the given lists, ordered by id (the order a backup has always listed them in). Pure. */
export function flattenLists(lists: readonly ParticipantList[]): Participant[] {
  return lists.flatMap((l) => l.participants).sort(byId);
}

/** A session's participants in registration order (empty when nobody registered). */
export async function readList(db: OspitaDatabase, sessionId: string): Promise<Participant[]> {
  return (await db.participantLists.get(sessionId))?.participants ?? [];
}

/** Every participant in the database. */
export async function readAllParticipants(db: OspitaDatabase): Promise<Participant[]> {
  return flattenLists(await db.participantLists.toArray());
}

/** One participant by id, through the index of ids. */
export async function findParticipant(db: OspitaDatabase, id: string): Promise<Participant | undefined> {
  const list = await db.participantLists.where('ids').equals(id).first();
  return list?.participants.find((p) => p.id === id);
}

/** True when some participant of any session already has this check-in code. */
export async function isCodeInUse(db: OspitaDatabase, code: string): Promise<boolean> {
  return (await db.participantLists.where('codes').equals(code).count()) > 0;
}

/** Replaces a session's list; an empty list removes the record. Inside a read-write transaction. */
export async function writeList(db: OspitaDatabase, sessionId: string, participants: readonly Participant[]): Promise<void> {
  if (participants.length) await db.participantLists.put(listRecord(sessionId, participants));
  else await db.participantLists.delete(sessionId);
}

/**
 * Writes participants, each replacing the stored one with its id or joining its session's list (a participant
 * whose session changed leaves the old list). Must run inside a read-write transaction on `participantLists`.
 */
export async function putParticipants(db: OspitaDatabase, participants: readonly Participant[]): Promise<void> {
  if (!participants.length) return;
  const lists = await touchedLists(db, participants.map((p) => p.id), participants.map((p) => p.sessionId));
  const incoming = new Map(participants.map((p) => [p.id, p]));
  for (const [sessionId, list] of lists) {
    const kept = list.filter((p) => !incoming.has(p.id) || incoming.get(p.id)!.sessionId === sessionId).map((p) => incoming.get(p.id) ?? p);
    lists.set(sessionId, kept);
  }
  for (const p of participants) {
    const list = lists.get(p.sessionId)!;
    if (!list.some((q) => q.id === p.id)) list.push(p);
  }
  await Promise.all([...lists].map(([sessionId, list]) => writeList(db, sessionId, list)));
}

/** Removes participants by id (unknown ids are ignored). Inside a read-write transaction on `participantLists`. */
export async function deleteParticipants(db: OspitaDatabase, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const gone = new Set(ids);
  const lists = await touchedLists(db, ids, []);
  await Promise.all([...lists].map(([sessionId, list]) => writeList(db, sessionId, list.filter((p) => !gone.has(p.id)))));
}

/** Removes a session's whole list (the session is deleted or its personal data purged). */
export async function deleteSessionList(db: OspitaDatabase, sessionId: string): Promise<void> {
  await db.participantLists.delete(sessionId);
}

/** The stored lists holding any of these ids, plus the lists of these sessions (empty when not stored yet). */
async function touchedLists(db: OspitaDatabase, ids: readonly string[], sessionIds: readonly string[]): Promise<Map<string, Participant[]>> {
  const holding = await db.participantLists.where('ids').anyOf([...new Set(ids)]).toArray();
  const lists = new Map(holding.map((l) => [l.sessionId, [...l.participants]]));
  const missing = [...new Set(sessionIds)].filter((s) => !lists.has(s));
  const stored = await db.participantLists.bulkGet(missing);
  missing.forEach((sessionId, i) => lists.set(sessionId, [...(stored[i]?.participants ?? [])]));
  return lists;
}
