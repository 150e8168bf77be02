// Exchange offers: an empty draft, and validation whose problems are codes (the UI says each, offers.error.<code>,
// in the user's language: what is wrong and how to fix it). Pure.
import { capacityProblems, type CapacityProblemCode, type FieldProblem } from './capacity';
import { areConsecutive, isIsoDate } from './dates';
import type { CandidateSession, DateMode, Offer, OfferFormat, Stored } from './types';

export type OfferDraft = Omit<Offer, keyof Stored>;

export const DATE_MODES: DateMode[] = ['single', 'alternatives', 'multiple'];
export const OFFER_FORMATS: OfferFormat[] = ['presenza', 'workshop', 'webinar'];

export function emptyOffer(hostMunicipality = ''): OfferDraft {
  return {
    hostMunicipality,
    hostOffice: '',
    title: '',
    description: '',
    transferMethod: '',
    capacityMin: null,
    capacityMax: 10,
    targetProfiles: '',
    durationDays: 1,
    dateMode: 'single',
    candidateSessions: [],
    notes: '',
    format: 'presenza',
    agendaDraft: [],
    source: null,
  };
}

export type OfferProblemCode = CapacityProblemCode | 'title' | 'municipality' | 'duration' | 'dateMode' | 'sessionDate' | 'sessionLength' | 'sessionConsecutive' | 'singleMany' | 'sessionDuplicate';

export type OfferProblem = FieldProblem<OfferProblemCode>;

export type OfferProblems = Partial<Record<keyof OfferDraft, OfferProblem>>;

export function validateOffer(o: OfferDraft): OfferProblems {
  const problems: OfferProblems = {};
  if (!o.title.trim()) problems.title = { code: 'title' };
  if (!o.hostMunicipality.trim()) problems.hostMunicipality = { code: 'municipality' };
  Object.assign(problems, capacityProblems(o.capacityMin, o.capacityMax));
  if (o.durationDays !== 1 && o.durationDays !== 2) problems.durationDays = { code: 'duration' };
  if (!DATE_MODES.includes(o.dateMode)) problems.dateMode = { code: 'dateMode' };
  const sessions = sessionProblem(o.candidateSessions, o.durationDays);
  if (sessions) problems.candidateSessions = sessions;
  else if (o.dateMode === 'single' && o.candidateSessions.length > 1) problems.candidateSessions = { code: 'singleMany' };
  return problems;
}

/** The first problem of the candidate sessions: real dates, as many days as the duration, consecutive, no repeats. */
export function sessionProblem(sessions: CandidateSession[], durationDays: number): OfferProblem | null {
  const seen = new Set<string>();
  for (const [i, s] of sessions.entries()) {
    const n = i + 1;
    if (s.days.length === 0 || !s.days.every(isIsoDate)) return { code: 'sessionDate', params: { n } };
    if (s.days.length !== durationDays) return { code: 'sessionLength', params: { n, days: durationDays } };
    if (!areConsecutive(s.days)) return { code: 'sessionConsecutive', params: { n } };
    const id = s.days.join('|');
    if (seen.has(id)) return { code: 'sessionDuplicate', params: { n } };
    seen.add(id);
  }
  return null;
}

/** The first day of an offer's candidate sessions on or after `today`, or '' when there is none. */
export function nextCandidateDay(o: Pick<OfferDraft, 'candidateSessions'>, today: string): string {
  const days = o.candidateSessions.map((s) => s.days[0] ?? '').filter((d) => d && d >= today);
  return days.sort()[0] ?? '';
}
