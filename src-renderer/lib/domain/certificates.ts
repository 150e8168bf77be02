// Who receives a certificate of attendance (DESIGN §1): those who reach the hours threshold, unless someone
// decided otherwise by hand (include or exclude, always with a reason). Pure.
import { compareBySurname } from './participants';
import type { ParticipantHours, SessionHours } from './hours';
import type { CertificateOverride, IsoInstant, Participant } from './types';

export interface CertificateDecision {
  participant: Participant;
  hours: ParticipantHours;
  /** What the hours rule says on its own. */
  byRule: boolean;
  override: CertificateOverride | null;
  /** The outcome: the override when there is one, the rule otherwise. */
  receives: boolean;
}

/**
 * The people a certificate may be about, by surname: the confirmed, and anyone on the waiting list who came
 * anyway (checked in at the door) or was decided on by hand. Someone still waiting who never came had no place:
 * they are neither a "no" nor part of the count.
 */
export function certificateCandidates(participants: readonly Participant[], hours: SessionHours): Participant[] {
  // An exit recorded with no entry still says the person was there (and is flagged for a look).
  const came = (p: Participant) => hours.participants.get(p.id)?.days.some((d) => d.intervals.length > 0 || d.exitWithoutEntry) ?? false;
  return participants.filter((p) => p.status === 'confermato' || (p.status === 'in_attesa' && (came(p) || p.certificateOverride))).sort(compareBySurname);
}

const NO_HOURS = (participantId: string, hours: SessionHours): ParticipantHours => ({
  participantId,
  days: [],
  attendedMinutes: 0,
  programmeMinutes: hours.programmeMinutes,
  requiredMinutes: hours.requiredMinutes,
  share: 0,
  qualifies: false,
  reason: hours.programmeMinutes === 0 ? { code: 'noProgramme' } : { code: 'neverPresent' },
  flagged: false,
});

/** The decision for every candidate, sorted by surname. */
export function decideCertificates(participants: readonly Participant[], hours: SessionHours): CertificateDecision[] {
  return certificateCandidates(participants, hours).map((participant) => {
    const h = hours.participants.get(participant.id) ?? NO_HOURS(participant.id, hours);
    const override = participant.certificateOverride ?? null;
    return { participant, hours: h, byRule: h.qualifies, override, receives: override ? override.include : h.qualifies };
  });
}

/** Those who receive one, in surname order. */
export function certificateRecipients(decisions: CertificateDecision[]): CertificateDecision[] {
  return decisions.filter((d) => d.receives);
}

/** Why a decision by hand cannot be saved (documents.certificates.error.<code>). */
export type OverrideProblem = 'reasonRequired' | 'reasonTooLong';

export const MAX_REASON_LENGTH = 300;

/** A decision by hand needs a reason someone else can read later. */
export function validateOverrideReason(reason: string): OverrideProblem | null {
  const clean = reason.trim();
  if (clean.length < 3) return 'reasonRequired';
  if (clean.length > MAX_REASON_LENGTH) return 'reasonTooLong';
  return null;
}

export function makeOverride(include: boolean, reason: string, decidedAt: IsoInstant): CertificateOverride {
  return { include, reason: reason.trim().replace(/\s+/g, ' '), decidedAt };
}
