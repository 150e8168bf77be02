// Sessions (edizioni) of an offer: how an offer's dates become sessions, choosing one of the candidate dates,
// and validation with problems as codes (the UI says each, sessions.error.<code>, in the user's language). Pure.
import { capacityProblems, type CapacityProblemCode, type FieldProblem } from './capacity';
import { areConsecutive, isIsoDate } from './dates';
import { looksLikeEmail } from './participants';
import { defaultSessionFormat, meetingProblem, noMeeting, SESSION_FORMATS } from './session-format';
import type { CandidateSession, IsoDate, Offer, Session, SessionContact, SessionStatus, Stored } from './types';

export type SessionDraft = Omit<Session, keyof Stored>;

export const SESSION_STATUSES: SessionStatus[] = ['proposta', 'confermata', 'svolta', 'annullata'];

/** The first day held or proposed, for sorting ('' when unknown). */
export function firstDayOf(s: Pick<Session, 'days' | 'candidates'>): IsoDate {
  return s.days[0] ?? s.candidates.map((c) => c.days[0] ?? '').filter(Boolean).sort()[0] ?? '';
}

/** The days of the session: held, or while undecided the first proposed pair. */
export function sessionDates(session: Pick<Session, 'days' | 'candidates'>): IsoDate[] {
  return session.days.length ? session.days : (session.candidates[0]?.days ?? []);
}

/** No contact person given yet. */
export function emptyContact(): SessionContact {
  return { name: '', phone: '', email: '' };
}

type OfferBasis = Pick<Offer, 'id' | 'capacityMin' | 'capacityMax' | 'format'>;

function draft(offer: OfferBasis, days: IsoDate[], candidates: CandidateSession[]): SessionDraft {
  const s = {
    offerId: offer.id,
    days,
    candidates,
    venue: '',
    venueAddress: '',
    contact: emptyContact(),
    format: defaultSessionFormat(offer.format),
    online: noMeeting(),
    status: 'proposta' as const,
    capacityMin: offer.capacityMin,
    capacityMax: offer.capacityMax,
    notes: '',
    feedbackUrl: '',
  };
  return { ...s, firstDay: firstDayOf(s) };
}

/**
 * The sessions an offer gives: one for "single"; for "alternatives" one proposed session carrying the candidate
 * dates until the user confirms one; for "multiple" one per date group.
 */
export function sessionsFromOffer(offer: OfferBasis & Pick<Offer, 'dateMode' | 'candidateSessions'>): SessionDraft[] {
  const candidates = offer.candidateSessions.map((c) => ({ days: [...c.days] }));
  switch (offer.dateMode) {
    case 'single':
      return [draft(offer, candidates[0]?.days ?? [], [])];
    case 'alternatives':
      return candidates.length === 1 ? [draft(offer, candidates[0]!.days, [])] : [draft(offer, [], candidates)];
    case 'multiple':
      return candidates.length === 0 ? [draft(offer, [], [])] : candidates.map((c) => draft(offer, c.days, []));
  }
}

/** Chooses one of the candidate dates: the session takes those days and is confirmed. */
export function confirmCandidate(session: Pick<Session, 'candidates'>, index: number): Pick<Session, 'days' | 'candidates' | 'status' | 'firstDay'> {
  const chosen = session.candidates[index];
  if (!chosen) throw new RangeError(`No candidate ${index}`);
  return { days: [...chosen.days], candidates: [], status: 'confermata', firstDay: chosen.days[0] ?? '' };
}

export type SessionProblemCode = CapacityProblemCode | 'days' | 'daysLength' | 'daysConsecutive' | 'confirmWithoutDays' | 'heldWithoutDays' | 'status' | 'format' | 'link' | 'contactEmail' | 'feedbackUrl';

export type SessionProblem = FieldProblem<SessionProblemCode>;

export type SessionProblems = Partial<Record<keyof SessionDraft, SessionProblem>>;

/** An address guests can open in a browser: http or https, with a host. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export function validateSession(s: SessionDraft, durationDays: 1 | 2): SessionProblems {
  const problems: SessionProblems = {};
  if (s.days.length > 0) {
    if (!s.days.every(isIsoDate)) problems.days = { code: 'days' };
    else if (s.days.length !== durationDays) problems.days = { code: 'daysLength', params: { days: durationDays } };
    else if (!areConsecutive(s.days)) problems.days = { code: 'daysConsecutive' };
  } else if (s.status === 'confermata') problems.days = { code: 'confirmWithoutDays' };
  else if (s.status === 'svolta') problems.days = { code: 'heldWithoutDays' };
  if (!SESSION_STATUSES.includes(s.status)) problems.status = { code: 'status' };
  if (!SESSION_FORMATS.includes(s.format)) problems.format = { code: 'format' };
  const link = s.online ? meetingProblem(s.online) : null;
  if (link) problems.online = { code: link };
  if (s.feedbackUrl?.trim() && !isWebAddress(s.feedbackUrl.trim())) problems.feedbackUrl = { code: 'feedbackUrl' };
  Object.assign(problems, capacityProblems(s.capacityMin, s.capacityMax));
  if (s.contact?.email.trim() && !looksLikeEmail(s.contact.email)) problems.contact = { code: 'contactEmail' };
  return problems;
}
