// A participant's fields: clean-up and validation (pure). Problems are codes: the screen says each
// (participants.error.<code>) in the user's language, the importer as a row problem of its own.
import { isIsoDate } from './dates';
import type { Participant } from './types';

/** What a person types or an import provides; the rest (status, code, dates) is decided when registering. */
export type ParticipantInput = Pick<Participant, 'surname' | 'name' | 'organisation' | 'role' | 'email' | 'phone' | 'notes' | 'dietary' | 'consent'>;

export const PARTICIPANT_TEXT_FIELDS = ['surname', 'name', 'organisation', 'role', 'email', 'phone', 'notes', 'dietary'] as const;
export type ParticipantTextField = (typeof PARTICIPANT_TEXT_FIELDS)[number];

export type ParticipantProblem = 'surnameRequired' | 'nameRequired' | 'email' | 'phone' | 'consentDate';

export type ParticipantProblems = Partial<Record<ParticipantTextField | 'consent', ParticipantProblem>>;

export function emptyParticipantInput(): ParticipantInput {
  return { surname: '', name: '', organisation: '', role: '', email: '', phone: '', notes: '', dietary: '', consent: { given: false, date: null } };
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** An address that can receive mail (the shape only: local part, domain, a top-level of two letters or more). */
export function looksLikeEmail(value: string): boolean {
  return EMAIL_RE.test(value.trim());
}

export function isEmail(value: string): boolean {
  return EMAIL_RE.test(value);
}

/** Digits with the separators people write ("+39 039 123 4567", "333/1234567", "(039) 12.34.56"): 6 to 15 digits. */
export function isPhone(value: string): boolean {
  if (!/^\+?[\d\s./()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Trimmed fields, single spaces, e-mail in lower case, notes keeping their line breaks. */
export function cleanParticipantInput(input: ParticipantInput): ParticipantInput {
  return {
    surname: collapse(input.surname),
    name: collapse(input.name),
    organisation: collapse(input.organisation),
    role: collapse(input.role),
    email: input.email.trim().toLowerCase(),
    phone: collapse(input.phone),
    notes: input.notes.trim(),
    dietary: collapse(input.dietary ?? ''),
    consent: { given: input.consent.given, date: input.consent.given ? input.consent.date || null : null },
  };
}

export function validateParticipant(input: ParticipantInput): ParticipantProblems {
  const p = cleanParticipantInput(input);
  const problems: ParticipantProblems = {};
  if (!p.surname) problems.surname = 'surnameRequired';
  if (!p.name) problems.name = 'nameRequired';
  if (p.email && !isEmail(p.email)) problems.email = 'email';
  if (p.phone && !isPhone(p.phone)) problems.phone = 'phone';
  if (p.consent.given && p.consent.date && !isIsoDate(p.consent.date)) problems.consent = 'consentDate';
  return problems;
}

/** "Rossi Maria": how lists and badges name a person. */
export function fullName(p: Pick<Participant, 'surname' | 'name'>): string {
  return `${p.surname} ${p.name}`.trim();
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** Italian alphabetical order by surname, then name: "D'Amico" near "Damiani", "Òdi" with "Odi". */
export function compareBySurname(a: Pick<Participant, 'surname' | 'name'>, b: Pick<Participant, 'surname' | 'name'>): number {
  return collator.compare(a.surname, b.surname) || collator.compare(a.name, b.name);
}

/** Missing consent to data processing is flagged on the list. */
export function lacksConsent(p: Pick<Participant, 'consent' | 'status'>): boolean {
  return p.status !== 'annullato' && !p.consent.given;
}
