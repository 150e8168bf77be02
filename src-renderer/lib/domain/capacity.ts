// Capacity and waiting list of a session (pure). A registration beyond the maximum waits, unless the user
// gives a reason to go over it; a cancellation offers the freed place to whoever has waited longest.
import type { Participant, ParticipantStatus } from './types';

type Counted = Pick<Participant, 'status'>;
type Waiting = Pick<Participant, 'id' | 'status' | 'createdAt'>;

/** A maximum of 0 or less means the session has no limit. */
export function hasLimit(capacityMax: number): boolean {
  return Number.isFinite(capacityMax) && capacityMax > 0;
}

export function confirmedCount(participants: readonly Counted[]): number {
  return participants.filter((p) => p.status === 'confermato').length;
}

export function waitingCount(participants: readonly Counted[]): number {
  return participants.filter((p) => p.status === 'in_attesa').length;
}

/** Places still free (never negative), or null when the session has no limit. */
export function placesLeft(participants: readonly Counted[], capacityMax: number): number | null {
  if (!hasLimit(capacityMax)) return null;
  return Math.max(0, capacityMax - confirmedCount(participants));
}

/** No place left: the session has a maximum and the confirmed reach it (or are over it). */
export function isFull(participants: readonly Counted[], capacityMax: number): boolean {
  return placesLeft(participants, capacityMax) === 0;
}

/** How many confirmed participants are beyond the maximum (0 when within it). */
export function overCapacityCount(participants: readonly Counted[], capacityMax: number): number {
  if (!hasLimit(capacityMax)) return 0;
  return Math.max(0, confirmedCount(participants) - capacityMax);
}

export interface CapacityDecision {
  status: Exclude<ParticipantStatus, 'annullato'>;
  /** The reason kept on the participant when confirmed beyond the maximum; null otherwise. */
  overCapacityReason: string | null;
}

/**
 * The status of a new registration: confirmed while places are left; beyond the maximum, confirmed only with
 * a reason (kept), otherwise on the waiting list. Someone registered at the door is already in the room, so a
 * walk-in is confirmed even when the session is full.
 */
export function decideRegistration(
  confirmed: number,
  capacityMax: number,
  options: { overCapacityReason?: string | null; walkIn?: boolean } = {},
): CapacityDecision {
  const reason = options.overCapacityReason?.trim() || null;
  if (!hasLimit(capacityMax) || confirmed < capacityMax) return { status: 'confermato', overCapacityReason: null };
  if (reason) return { status: 'confermato', overCapacityReason: reason };
  if (options.walkIn) return { status: 'confermato', overCapacityReason: null };
  return { status: 'in_attesa', overCapacityReason: null };
}

/** Statuses for `count` new registrations in order (an import), given those already registered. */
export function planRegistrations(existing: readonly Counted[], count: number, capacityMax: number): CapacityDecision[] {
  let confirmed = confirmedCount(existing);
  const plan: CapacityDecision[] = [];
  for (let i = 0; i < count; i++) {
    const decision = decideRegistration(confirmed, capacityMax);
    if (decision.status === 'confermato') confirmed++;
    plan.push(decision);
  }
  return plan;
}

/** The waiting list in order of registration: who came first is offered a place first. */
export function waitingList<T extends Waiting>(participants: readonly T[]): T[] {
  return participants
    .filter((p) => p.status === 'in_attesa')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * After a cancellation: the first on the waiting list, to be offered the freed place, or null when nobody
 * waits or no place is actually free (the session was over its maximum).
 */
export function offerFreedPlace<T extends Waiting>(participants: readonly T[], capacityMax: number): T | null {
  const left = placesLeft(participants, capacityMax);
  if (left !== null && left <= 0) return null;
  return waitingList(participants)[0] ?? null;
}

/**
 * What the door may do with someone found on the list. Only the confirmed go straight in: someone waiting, or
 * whose registration was cancelled, is confirmed first by an explicit step (beyond the maximum with a reason), so
 * the lists, the counts and the documents all tell the same story about who was there.
 */
export type DoorAdmission = 'admit' | 'confirmFirst';

export function doorAdmission(status: ParticipantStatus): DoorAdmission {
  return status === 'confermato' ? 'admit' : 'confirmFirst';
}

/** A problem of a field: a code the UI says in words, with the values the words name. */
export interface FieldProblem<Code extends string> {
  code: Code;
  params?: Record<string, string | number>;
}

export type CapacityProblemCode = 'capacityMax' | 'capacityMin' | 'capacityOrder';

/** The places an offer or a session sets: a maximum from 1 to 500, a minimum (if any) from 1 up to the maximum. */
export function capacityProblems(capacityMin: number | null, capacityMax: number): { capacityMin?: FieldProblem<CapacityProblemCode>; capacityMax?: FieldProblem<CapacityProblemCode> } {
  const problems: { capacityMin?: FieldProblem<CapacityProblemCode>; capacityMax?: FieldProblem<CapacityProblemCode> } = {};
  if (!Number.isInteger(capacityMax) || capacityMax < 1 || capacityMax > 500) problems.capacityMax = { code: 'capacityMax' };
  if (capacityMin !== null) {
    if (!Number.isInteger(capacityMin) || capacityMin < 1) problems.capacityMin = { code: 'capacityMin' };
    else if (!problems.capacityMax && capacityMin > capacityMax) problems.capacityMin = { code: 'capacityOrder', params: { min: capacityMin, max: capacityMax } };
  }
  return problems;
}
