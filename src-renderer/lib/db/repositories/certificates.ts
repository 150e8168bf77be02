// Decisions taken by hand on the certificates of attendance, kept on the participant (schema v3).
import { makeOverride, validateOverrideReason, type OverrideProblem } from '../../domain/certificates';
import type { Participant } from '../../domain/types';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';
import { findParticipant, putParticipants } from '../participant-lists';

export type OverrideOutcome = { ok: true; participant: Participant } | { ok: false; problem: OverrideProblem | 'participantNotFound' };

/** Includes (or excludes) a participant by hand, whatever the hours say; the reason is required. */
export async function setCertificateOverride(participantId: string, include: boolean, reason: string): Promise<OverrideOutcome> {
  const problem = validateOverrideReason(reason);
  if (problem) return { ok: false, problem };
  const db = getDb();
  return journaledWrite([db.participantLists], async (change): Promise<OverrideOutcome> => {
    const participant = await findParticipant(db, participantId);
    if (!participant) return { ok: false, problem: 'participantNotFound' };
    const now = nowInstant();
    const updated: Participant = { ...participant, certificateOverride: makeOverride(include, reason, now), updatedAt: now };
    change.put('participants', [updated]);
    await putParticipants(db, [updated]);
    return { ok: true, participant: updated };
  });
}

/** Gives the decision back to the hours rule. */
export async function clearCertificateOverride(participantId: string): Promise<void> {
  const db = getDb();
  await journaledWrite([db.participantLists], async (change) => {
    const participant = await findParticipant(db, participantId);
    if (!participant?.certificateOverride) return;
    const updated: Participant = { ...participant, certificateOverride: null, updatedAt: nowInstant() };
    change.put('participants', [updated]);
    await putParticipants(db, [updated]);
  });
}
