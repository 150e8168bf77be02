// Exchange offers: an empty draft, and validation whose problems name i18n keys (Italian first), so the UI says
// what is wrong and how to fix it in the user's language. Pure.
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

export type OfferProblemKey =
  | 'offers.error.title'
  | 'offers.error.municipality'
  | 'offers.error.capacityMax'
  | 'offers.error.capacityMin'
  | 'offers.error.capacityOrder'
  | 'offers.error.duration'
  | 'offers.error.dateMode'
  | 'offers.error.sessionDate'
  | 'offers.error.sessionLength'
  | 'offers.error.sessionConsecutive'
  | 'offers.error.singleMany'
  | 'offers.error.sessionDuplicate';

export interface OfferProblem {
  key: OfferProblemKey;
  params?: Record<string, string | number>;
}

export type OfferProblems = Partial<Record<keyof OfferDraft, OfferProblem>>;

export function validateOffer(o: OfferDraft): OfferProblems {
  const problems: OfferProblems = {};
  if (!o.title.trim()) problems.title = { key: 'offers.error.title' };
  if (!o.hostMunicipality.trim()) problems.hostMunicipality = { key: 'offers.error.municipality' };
  if (!Number.isInteger(o.capacityMax) || o.capacityMax < 1 || o.capacityMax > 500) problems.capacityMax = { key: 'offers.error.capacityMax' };
  if (o.capacityMin !== null) {
    if (!Number.isInteger(o.capacityMin) || o.capacityMin < 1) problems.capacityMin = { key: 'offers.error.capacityMin' };
    else if (!problems.capacityMax && o.capacityMin > o.capacityMax) problems.capacityMin = { key: 'offers.error.capacityOrder', params: { min: o.capacityMin, max: o.capacityMax } };
  }
  if (o.durationDays !== 1 && o.durationDays !== 2) problems.durationDays = { key: 'offers.error.duration' };
  if (!DATE_MODES.includes(o.dateMode)) problems.dateMode = { key: 'offers.error.dateMode' };
  const sessions = sessionProblem(o.candidateSessions, o.durationDays);
  if (sessions) problems.candidateSessions = sessions;
  else if (o.dateMode === 'single' && o.candidateSessions.length > 1) problems.candidateSessions = { key: 'offers.error.singleMany' };
  return problems;
}

/** The first problem of the candidate sessions: real dates, as many days as the duration, consecutive, no repeats. */
export function sessionProblem(sessions: CandidateSession[], durationDays: number): OfferProblem | null {
  const seen = new Set<string>();
  for (const [i, s] of sessions.entries()) {
    const n = i + 1;
    if (s.days.length === 0 || !s.days.every(isIsoDate)) return { key: 'offers.error.sessionDate', params: { n } };
    if (s.days.length !== durationDays) return { key: 'offers.error.sessionLength', params: { n, days: durationDays } };
    if (!areConsecutive(s.days)) return { key: 'offers.error.sessionConsecutive', params: { n } };
    const id = s.days.join('|');
    if (seen.has(id)) return { key: 'offers.error.sessionDuplicate', params: { n } };
    seen.add(id);
  }
  return null;
}

/** The first day of an offer's candidate sessions on or after `today`, or '' when there is none. */
export function nextCandidateDay(o: Pick<OfferDraft, 'candidateSessions'>, today: string): string {
  const days = o.candidateSessions.map((s) => s.days[0] ?? '').filter((d) => d && d >= today);
  return days.sort()[0] ?? '';
}
