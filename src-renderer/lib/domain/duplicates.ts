// Duplicate registrations within a session (pure): the same e-mail regardless of case, or the same name,
// surname and organisation regardless of accents, case and spacing.
import { foldAccents } from './fold';
import type { Participant } from './types';

export type DuplicateReason = 'email' | 'person';

type Comparable = Pick<Participant, 'surname' | 'name' | 'organisation' | 'email'>;

export interface Duplicate<T> {
  of: T;
  reason: DuplicateReason;
}

/** "  Nicolò  D'Àlessandro " → "nicolo d alessandro": no accents, lower case, punctuation and runs of spaces as one space. */
export function normaliseForComparison(value: string): string {
  return foldAccents(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function personKey(p: Pick<Participant, 'surname' | 'name' | 'organisation'>): string {
  return [p.surname, p.name, p.organisation].map(normaliseForComparison).join('|');
}

/**
 * The first registration `candidate` duplicates among `others` (the caller leaves out the candidate itself
 * and anyone cancelled), or null.
 */
export function findDuplicate<T extends Comparable>(candidate: Comparable, others: readonly T[]): Duplicate<T> | null {
  const email = emailKey(candidate.email);
  if (email) {
    const same = others.find((o) => emailKey(o.email) === email);
    if (same) return { of: same, reason: 'email' };
  }
  if (normaliseForComparison(candidate.surname)) {
    const key = personKey(candidate);
    const same = others.find((o) => personKey(o) === key);
    if (same) return { of: same, reason: 'person' };
  }
  return null;
}

/**
 * For a list (an import): for each row, the earlier row it duplicates (index) or null. Rows are compared
 * only with rows before them, so the first occurrence is kept and later ones are flagged.
 */
export function duplicatesWithin(rows: readonly Comparable[]): (Duplicate<number> | null)[] {
  const emails = new Map<string, number>();
  const persons = new Map<string, number>();
  return rows.map((row, index) => {
    const email = emailKey(row.email);
    const person = normaliseForComparison(row.surname) ? personKey(row) : '';
    let found: Duplicate<number> | null = null;
    if (email && emails.has(email)) found = { of: emails.get(email)!, reason: 'email' };
    else if (person && persons.has(person)) found = { of: persons.get(person)!, reason: 'person' };
    if (email && !emails.has(email)) emails.set(email, index);
    if (person && !persons.has(person)) persons.set(person, index);
    return found;
  });
}
