// What a column's cells hold, whatever its header says: how many are filled, how many are e-mail addresses or
// phone numbers, answers to a yes/no question, or the placeholders online forms write for people they do not
// know ("anonymous" in Microsoft Forms). The mapping uses it to refuse a header that promises what the cells
// do not hold. Pure.
import { normaliseForComparison } from '../../domain/duplicates';
import { isEmail, isPhone } from '../../domain/participants';

export interface ColumnProfile {
  /** Cells with any text. */
  filled: number;
  /** Filled cells that say only "anonymous" (or "anonimo", "n/a"…): a form's placeholder, not an answer. */
  anonymous: number;
  emails: number;
  phones: number;
  /** Answers to a yes/no question ("Sì", "Acconsento", "No", "Yes, I agree"). */
  yesNo: number;
}

/** What forms and people write when they have no value: nothing to import. */
const PLACEHOLDERS = new Set(['anonymous', 'anonimo', 'anonima', 'anonimi', 'anon', 'n a', 'n d', 'none', 'nessuno', 'nessuna', 'null', 'undefined', '']);

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(normaliseForComparison(value)) || /^[-–—_.]+$/.test(value.trim());
}

/** "Sì", "Si, acconsento", "Yes, I agree", "Accetto", "X", "true", "1". */
const YES = /^(si|yes|y|acconsento|do il consenso|presto il consenso|accetto|autorizzo|ho letto|dichiaro|agree|i agree|i accept|i consent|accept|consento|ok|vero|true|x|1)\b/;
/** "No", "Non acconsento", "Nego il consenso", "I do not agree", "false", "0". */
const NO = /^(no|non|nego|rifiuto|i do not|i don t|do not|don t|disagree|falso|false|0)\b/;

/** The answer to a consent question: true, false, or null when the cell is not a yes/no answer. */
export function consentAnswer(value: string): boolean | null {
  const key = normaliseForComparison(value);
  if (!key) return null;
  if (NO.test(key)) return false;
  if (YES.test(key)) return true;
  return null;
}

export function profileColumn(values: readonly string[]): ColumnProfile {
  const profile: ColumnProfile = { filled: 0, anonymous: 0, emails: 0, phones: 0, yesNo: 0 };
  for (const raw of values) {
    const value = raw.trim();
    if (!value) continue;
    profile.filled++;
    if (isPlaceholder(value)) {
      profile.anonymous++;
      continue;
    }
    if (isEmail(value.toLowerCase())) profile.emails++;
    else if (isPhone(value)) profile.phones++;
    if (consentAnswer(value) !== null) profile.yesNo++;
  }
  return profile;
}

/** Filled cells that are real answers (not placeholders). */
export function answers(profile: ColumnProfile): number {
  return profile.filled - profile.anonymous;
}

/** Every cell empty or a placeholder: the column holds nothing about anyone. */
export function holdsNothing(profile: ColumnProfile): boolean {
  return answers(profile) === 0;
}

/** At least one e-mail address, and most real answers are addresses. */
export function holdsEmails(profile: ColumnProfile): boolean {
  return profile.emails > 0 && profile.emails >= answers(profile) * 0.5;
}

/** Nearly every real answer is an e-mail address: an address column whatever its header ("Contatto"). */
export function clearlyEmails(profile: ColumnProfile): boolean {
  return profile.emails > 0 && profile.emails >= answers(profile) * 0.8;
}

/** Most real answers are phone numbers (an empty column passes: optional questions are often left blank). */
export function holdsPhones(profile: ColumnProfile): boolean {
  return answers(profile) === 0 || profile.phones >= answers(profile) * 0.5;
}

/** Most real answers say yes or no. */
export function holdsYesNo(profile: ColumnProfile): boolean {
  return profile.yesNo > 0 && profile.yesNo >= answers(profile) * 0.6;
}
