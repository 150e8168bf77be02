// Participants of a session: registration with capacity, duplicates and check-in codes decided in one
// transaction, so two quick registrations can never both take the last place.
import { decideRegistration, confirmedCount, hasLimit, offerFreedPlace, planRegistrations, placesLeft } from '../../domain/capacity';
import { generateCheckinCode } from '../../domain/checkin-code';
import { todayIso } from '../../domain/dates';
import { findDuplicate, type Duplicate } from '../../domain/duplicates';
import { cleanParticipantInput, compareBySurname, validateParticipant, type ParticipantInput, type ParticipantProblems } from '../../domain/participants';
import type { Participant } from '../../domain/types';
import { getDb } from '../index';
import { newId, nowInstant, orderedInstants } from '../ids';
import { journaledWrite } from '../journaled';
import { findParticipant, isCodeInUse, putParticipants, readAllParticipants, readList, writeList } from '../participant-lists';

export interface RegisterOptions {
  /** Given by the user to confirm beyond the maximum; kept on the participant. */
  overCapacityReason?: string | null;
  /** Registered at the door on the day: confirmed even when the session is full. */
  walkIn?: boolean;
  /** The user saw the duplicate warning and wants to save anyway. */
  allowDuplicate?: boolean;
}

export type RegisterOutcome =
  | { kind: 'registered'; participant: Participant }
  | { kind: 'duplicate'; duplicate: Duplicate<Participant> }
  | { kind: 'invalid'; problems: ParticipantProblems };

export type UpdateOutcome = Exclude<RegisterOutcome, { kind: 'registered' }> | { kind: 'updated'; participant: Participant };

export class ParticipantError extends Error {
  constructor(readonly code: 'sessionNotFound' | 'participantNotFound' | 'noPlaceLeft' | 'notWaiting' | 'invalidRows') {
    super(code);
  }
}

function withConsentDate(input: ParticipantInput): ParticipantInput {
  const clean = cleanParticipantInput(input);
  if (clean.consent.given && !clean.consent.date) clean.consent = { given: true, date: todayIso() };
  return clean;
}

const notCancelled = (list: readonly Participant[]) => list.filter((p) => p.status !== 'annullato');

async function active(sessionId: string): Promise<Participant[]> {
  return notCancelled(await readList(getDb(), sessionId));
}

async function isCodeTaken(code: string, reserved: Set<string>): Promise<boolean> {
  return reserved.has(code) || (await isCodeInUse(getDb(), code));
}

async function freshCode(reserved: Set<string>): Promise<string> {
  // Codes are random in a space of ~900 000: a collision is rare, so checking one at a time is cheap.
  for (;;) {
    const code = generateCheckinCode((c) => reserved.has(c));
    if (!(await isCodeTaken(code, reserved))) {
      reserved.add(code);
      return code;
    }
  }
}

async function sessionCapacity(sessionId: string): Promise<number> {
  const session = await getDb().sessions.get(sessionId);
  if (!session) throw new ParticipantError('sessionNotFound');
  return session.capacityMax;
}

/** Registers one person: invalid input and (unless allowed) a duplicate change nothing. */
export async function registerParticipant(sessionId: string, input: ParticipantInput, options: RegisterOptions = {}): Promise<RegisterOutcome> {
  const problems = validateParticipant(input);
  if (Object.keys(problems).length > 0) return { kind: 'invalid', problems };
  const clean = withConsentDate(input);
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists], async (change): Promise<RegisterOutcome> => {
    const capacityMax = await sessionCapacity(sessionId);
    const list = await readList(db, sessionId);
    const others = notCancelled(list);
    const duplicate = findDuplicate(clean, others);
    if (duplicate && !options.allowDuplicate) return { kind: 'duplicate', duplicate };
    const decision = decideRegistration(confirmedCount(others), capacityMax, options);
    const [now] = orderedInstants() as [string];
    const participant: Participant = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      sessionId,
      ...clean,
      status: decision.status,
      checkinCode: await freshCode(new Set()),
      overCapacityReason: decision.overCapacityReason,
      walkIn: options.walkIn ?? false,
      messages: [],
    };
    change.put('participants', [participant]);
    await writeList(db, sessionId, [...list, participant]);
    return { kind: 'registered', participant };
  });
}

/** Changes a participant's personal data (not the status, which moves only by registering, cancelling, promoting). */
export async function updateParticipant(id: string, input: ParticipantInput, options: { allowDuplicate?: boolean } = {}): Promise<UpdateOutcome> {
  const problems = validateParticipant(input);
  if (Object.keys(problems).length > 0) return { kind: 'invalid', problems };
  const clean = withConsentDate(input);
  const db = getDb();
  return journaledWrite([db.participantLists], async (change): Promise<UpdateOutcome> => {
    const current = await findParticipant(db, id);
    if (!current) throw new ParticipantError('participantNotFound');
    const others = (await active(current.sessionId)).filter((p) => p.id !== id);
    const duplicate = findDuplicate(clean, others);
    if (duplicate && !options.allowDuplicate) return { kind: 'duplicate', duplicate };
    const participant: Participant = { ...current, ...clean, updatedAt: nowInstant() };
    change.put('participants', [participant]);
    await putParticipants(db, [participant]);
    return { kind: 'updated', participant };
  });
}

/**
 * Cancels a registration. Returns whoever should now be offered the freed place (the first on the waiting
 * list), or null; that person is not promoted until the user says so.
 */
export async function cancelParticipant(id: string): Promise<{ cancelled: Participant; offerTo: Participant | null }> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists], async (change) => {
    const current = await findParticipant(db, id);
    if (!current) throw new ParticipantError('participantNotFound');
    const cancelled: Participant = { ...current, status: 'annullato', updatedAt: nowInstant() };
    change.put('participants', [cancelled]);
    await putParticipants(db, [cancelled]);
    const capacityMax = await sessionCapacity(current.sessionId);
    const offerTo = current.status === 'confermato' ? offerFreedPlace(await active(current.sessionId), capacityMax) : null;
    return { cancelled, offerTo };
  });
}

/** The first on the waiting list, if a place is free: what to offer when the screen opens after a cancellation. */
export async function placeToOffer(sessionId: string): Promise<Participant | null> {
  const db = getDb();
  return db.transaction('r', [db.sessions, db.participantLists], async () => offerFreedPlace(await active(sessionId), await sessionCapacity(sessionId)));
}

/** Confirms someone waiting: there must be a free place, or a reason to go beyond the maximum. */
export async function promoteFromWaitingList(id: string, options: { overCapacityReason?: string | null } = {}): Promise<Participant> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists], async (change) => {
    const current = await findParticipant(db, id);
    if (!current) throw new ParticipantError('participantNotFound');
    if (current.status !== 'in_attesa') throw new ParticipantError('notWaiting');
    const capacityMax = await sessionCapacity(current.sessionId);
    const decision = decideRegistration(confirmedCount(await active(current.sessionId)), capacityMax, options);
    if (decision.status !== 'confermato') throw new ParticipantError('noPlaceLeft');
    const promoted: Participant = { ...current, status: 'confermato', overCapacityReason: decision.overCapacityReason, updatedAt: nowInstant() };
    change.put('participants', [promoted]);
    await putParticipants(db, [promoted]);
    return promoted;
  });
}

/** Everyone registered to a session (cancelled included), in Italian alphabetical order by surname. */
export async function listParticipants(sessionId: string): Promise<Participant[]> {
  return [...(await readList(getDb(), sessionId))].sort(compareBySurname);
}

/** Every participant of every session (the data-subject export picks one from here). */
export async function listAllParticipants(): Promise<Participant[]> {
  return readAllParticipants(getDb());
}

export async function getParticipant(id: string): Promise<Participant | undefined> {
  return findParticipant(getDb(), id);
}

export interface SessionCapacity {
  capacityMax: number;
  limited: boolean;
  confirmed: number;
  waiting: number;
  placesLeft: number | null;
}

export function summariseCapacity(participants: readonly Participant[], capacityMax: number): SessionCapacity {
  return {
    capacityMax,
    limited: hasLimit(capacityMax),
    confirmed: confirmedCount(participants),
    waiting: participants.filter((p) => p.status === 'in_attesa').length,
    placesLeft: placesLeft(participants, capacityMax),
  };
}

/**
 * Registers an imported list, in order: confirmed while places are left, then waiting. Every row is validated
 * first; if any is invalid nothing is written. All rows or none, in one transaction. Duplicates are the
 * caller's choice (the import preview shows them and lets the user leave them out).
 */
export async function registerMany(sessionId: string, inputs: readonly ParticipantInput[]): Promise<Participant[]> {
  if (inputs.some((input) => Object.keys(validateParticipant(input)).length > 0)) throw new ParticipantError('invalidRows');
  const cleaned = inputs.map(withConsentDate);
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists], async (change) => {
    const capacityMax = await sessionCapacity(sessionId);
    const list = await readList(db, sessionId);
    const plan = planRegistrations(notCancelled(list), cleaned.length, capacityMax);
    const reserved = new Set<string>();
    // One millisecond apart, so the waiting list keeps the order of the file.
    const instants = orderedInstants(cleaned.length);
    const participants: Participant[] = [];
    for (const [i, input] of cleaned.entries()) {
      const at = instants[i]!;
      participants.push({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        sessionId,
        ...input,
        status: plan[i]!.status,
        checkinCode: await freshCode(reserved),
        overCapacityReason: null,
        walkIn: false,
        messages: [],
      });
    }
    change.put('participants', participants);
    await writeList(db, sessionId, [...list, ...participants]);
    return participants;
  });
}

/**
 * Registers people who came without registering (from an online attendance report) inside the caller's
 * read-write transaction on sessions and participantLists, so they are written with their presence or not at
 * all. Walk-ins are confirmed even when the session is full. Invalid input throws before anything is written.
 */
export async function registerWalkInsWithin(sessionId: string, inputs: readonly ParticipantInput[]): Promise<Participant[]> {
  if (!inputs.length) return [];
  if (inputs.some((input) => Object.keys(validateParticipant(input)).length > 0)) throw new ParticipantError('invalidRows');
  const db = getDb();
  const capacityMax = await sessionCapacity(sessionId);
  const list = await readList(db, sessionId);
  let confirmed = confirmedCount(notCancelled(list));
  const reserved = new Set<string>();
  const instants = orderedInstants(inputs.length);
  const added: Participant[] = [];
  for (const [i, input] of inputs.map(withConsentDate).entries()) {
    const decision = decideRegistration(confirmed, capacityMax, { walkIn: true });
    confirmed++;
    added.push({
      id: newId(),
      createdAt: instants[i]!,
      updatedAt: instants[i]!,
      sessionId,
      ...input,
      status: decision.status,
      checkinCode: await freshCode(reserved),
      overCapacityReason: decision.overCapacityReason,
      walkIn: true,
      messages: [],
    });
  }
  await writeList(db, sessionId, [...list, ...added]);
  return added;
}
