// From the data rows and a mapping to participants and the problems of each row: missing surname or name,
// a malformed e-mail or phone, a repeat of an earlier row or of someone already registered, a cell that held a
// spreadsheet error. Someone who answered an online form twice (same e-mail, same name or surname) is one person:
// the later answer wins, and each of the two rows says so. Rows are named by the sheet's own numbers, as the
// person who made the file sees them.
import type { CellError } from './cells';
import { duplicatesWithin, emailKey, findDuplicate, normaliseForComparison, type DuplicateReason } from '../../domain/duplicates';
import { emptyParticipantInput, validateParticipant, fullName, type ParticipantInput, type ParticipantProblem } from '../../domain/participants';
import type { Participant } from '../../domain/types';
import { consentAnswer, isPlaceholder } from './column-profile';
import type { ColumnMapping } from './mapping';
import type { Table } from './table';

export type RowProblemCode =
  | 'participants.import.problem.surnameRequired'
  | 'participants.import.problem.nameRequired'
  | 'participants.import.problem.email'
  | 'participants.import.problem.phone'
  | 'participants.import.problem.duplicateInFile.email'
  | 'participants.import.problem.duplicateInFile.person'
  | 'participants.import.problem.alreadyRegistered.email'
  | 'participants.import.problem.alreadyRegistered.person'
  | 'participants.import.problem.cellError'
  | 'participants.import.problem.cellErrorIgnored'
  | 'participants.import.problem.replacedByLater'
  | 'participants.import.problem.replacesEarlier';

const IMPORT_CODES: Partial<Record<ParticipantProblem, RowProblemCode>> = {
  surnameRequired: 'participants.import.problem.surnameRequired',
  nameRequired: 'participants.import.problem.nameRequired',
  email: 'participants.import.problem.email',
  phone: 'participants.import.problem.phone',
};

export interface RowProblem {
  /** The sheet's own row number (the header is usually row 1, so the first person row 2). */
  row: number;
  code: RowProblemCode;
  params: Record<string, string | number>;
  /** A duplicate can be imported anyway if the user insists; invalid data (or an answer given again later) cannot. */
  blocking: boolean;
  /**
   * 'error': wrong or missing data; 'warning': a possible duplicate, left out unless the user ticks it;
   * 'info': said for the record (an answer replaced by a later one, an error in a column that is not imported),
   * changing nothing by itself.
   */
  severity: 'error' | 'warning' | 'info';
}

/** Words that start an Italian surname of two words: "De Santis", "Della Valle", "Lo Russo". */
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dello', 'dei', 'degli', 'dal', 'dalla', 'dall', 'lo', 'la', 'li', 'le', 'san', 'santo', 'van', 'von', 'mc']);
const isParticle = (word: string | undefined) => word !== undefined && PARTICLES.has(word.toLowerCase().replace(/['’]$/, ''));

/** "De Santis Anna Maria" (surname first) or "Anna Maria De Santis" (name first) into surname and name. */
export function splitFullName(value: string, surnameFirst: boolean): { surname: string; name: string } {
  const words = value.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { surname: words[0] ?? '', name: '' };
  if (surnameFirst) {
    const take = isParticle(words[0]) && words.length > 2 ? 2 : 1;
    return { surname: words.slice(0, take).join(' '), name: words.slice(take).join(' ') };
  }
  const take = isParticle(words[words.length - 2]) && words.length > 2 ? 2 : 1;
  return { surname: words.slice(-take).join(' '), name: words.slice(0, -take).join(' ') };
}

/**
 * One data row as a participant's input. Placeholders ("anonymous") are no value; e-mail addresses are kept in
 * lower case; a consent column gives the consent (its date is set when registering); notes from several columns
 * are joined.
 */
export function rowToInput(cells: readonly string[], mapping: ColumnMapping): ParticipantInput {
  const input = emptyParticipantInput();
  mapping.forEach((field, column) => {
    const value = (cells[column] ?? '').trim();
    if (!field || !value || isPlaceholder(value)) return;
    if (field === 'consent') {
      if (consentAnswer(value) === true) input.consent = { given: true, date: null };
    } else if (field === 'email') {
      input.email = value.toLowerCase();
    } else if (field === 'fullNameSurnameFirst' || field === 'fullNameNameFirst') {
      const split = splitFullName(value, field === 'fullNameSurnameFirst');
      input.surname ||= split.surname;
      input.name ||= split.name;
    } else if (field === 'notes' || field === 'dietary') {
      input[field] = input[field] ? `${input[field]}; ${value}` : value;
    } else {
      input[field] = value;
    }
  });
  return input;
}

/** The fields a person can correct in the preview, where a row was flagged. */
export const CORRECTABLE_FIELDS = ['surname', 'name', 'organisation', 'role', 'email', 'phone'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
/** Values typed in the preview over the file's, by the sheet's row number. The file itself is not changed. */
export type RowCorrections = Readonly<Record<number, Partial<Record<CorrectableField, string>>>>;

/** A row's input with the preview's corrections over it (an e-mail in lower case, as read from a file). */
export function applyCorrection(input: ParticipantInput, correction: Partial<Record<CorrectableField, string>> | undefined): ParticipantInput {
  if (!correction) return input;
  const out = { ...input };
  for (const field of CORRECTABLE_FIELDS) {
    const value = correction[field];
    if (value !== undefined) out[field] = field === 'email' ? value.trim().toLowerCase() : value.trim();
  }
  return out;
}

/**
 * The problems a correction would leave, by field, under the rules for a participant typed by hand (surname and
 * name required, an e-mail and a phone number that can be used). None: the correction can be made.
 */
export function validateCorrection(input: ParticipantInput, correction: Partial<Record<CorrectableField, string>>): Partial<Record<CorrectableField, ParticipantProblem>> {
  const problems = validateParticipant(applyCorrection(input, correction));
  const out: Partial<Record<CorrectableField, ParticipantProblem>> = {};
  for (const field of CORRECTABLE_FIELDS) {
    const problem = (problems as Partial<Record<string, ParticipantProblem>>)[field];
    if (problem) out[field] = problem;
  }
  return out;
}

/** True when the field a column fills was corrected in the preview: a spreadsheet error in it no longer matters. */
function correctedInPreview(field: ColumnMapping[number] | undefined, correction: Partial<Record<CorrectableField, string>> | undefined): boolean {
  if (!field || !correction) return false;
  const fills = field === 'fullNameSurnameFirst' || field === 'fullNameNameFirst' ? ['surname', 'name'] : [field];
  return fills.some((f) => (correction as Record<string, string | undefined>)[f] !== undefined);
}

export interface ImportRows {
  rows: ParticipantInput[];
  /** The sheet's number of each row in `rows`. */
  rowNumbers: number[];
  problems: RowProblem[];
}

/** What buildRows reads of a parsed file (see readParticipantFile). */
export interface ImportTable {
  dataRows: Table;
  /** The sheet's number of each data row; without it, rows are numbered from 1. */
  rowNumbers?: readonly number[];
  cellErrors?: readonly CellError[];
}

/**
 * For each row, the later row that answers again for the same person, or null: same e-mail address and the same
 * surname or name (a colleague registered with someone else's address is another person, flagged as a possible
 * duplicate instead). The latest answer replaces all earlier ones.
 */
export function laterAnswers(rows: readonly ParticipantInput[]): (number | null)[] {
  const same = (a: string, b: string) => normaliseForComparison(a) !== '' && normaliseForComparison(a) === normaliseForComparison(b);
  return rows.map((row, index) => {
    const email = emailKey(row.email);
    if (!email) return null;
    let latest: number | null = null;
    for (let later = index + 1; later < rows.length; later++) {
      const other = rows[later]!;
      if (emailKey(other.email) === email && (same(row.surname, other.surname) || same(row.name, other.name))) latest = later;
    }
    return latest;
  });
}

/**
 * The participants of the data rows and every problem found, in row order. A row with text, or with a cell
 * that held an error (even one made only of errors), is a row; a blank row is not. Corrections typed in the
 * preview replace the file's values before anything is checked, so a corrected row is judged by the same rules.
 */
export function buildRows(file: ImportTable, mapping: ColumnMapping, registered: readonly Participant[] = [], corrections: RowCorrections = {}): ImportRows {
  const errorsByRow = new Map<number, CellError[]>();
  for (const e of file.cellErrors ?? []) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);
  const kept: { cells: string[]; row: number }[] = [];
  file.dataRows.forEach((cells, i) => {
    const row = file.rowNumbers?.[i] ?? i + 1;
    if (cells.some((c) => c.trim() !== '') || errorsByRow.has(row)) kept.push({ cells, row });
  });
  const rows = kept.map((k) => applyCorrection(rowToInput(k.cells, mapping), corrections[k.row]));
  const rowNumbers = kept.map((k) => k.row);
  const problems: RowProblem[] = [];
  const replacedBy = laterAnswers(rows);
  // Duplicates are looked for among the answers that stand; an answer given again is said once, as such.
  const standing = rows.map((_, i) => i).filter((i) => replacedBy[i] === null);
  const withinStanding = duplicatesWithin(standing.map((i) => rows[i]!));
  const within = new Map(standing.map((i, k) => [i, withinStanding[k] ? { ...withinStanding[k]!, of: standing[withinStanding[k]!.of]! } : null]));
  const active = registered.filter((p) => p.status !== 'annullato');
  const reasonCode = (scope: 'duplicateInFile' | 'alreadyRegistered', reason: DuplicateReason) => `participants.import.problem.${scope}.${reason}` as const;
  rows.forEach((input, index) => {
    const row = rowNumbers[index]!;
    const later = replacedBy[index];
    if (later !== null && later !== undefined) {
      problems.push({ row, code: 'participants.import.problem.replacedByLater', params: { later: rowNumbers[later]! }, blocking: true, severity: 'info' });
      return;
    }
    for (const e of errorsByRow.get(row) ?? []) {
      if (correctedInPreview(mapping[e.column], corrections[row])) continue; // the value was typed in the preview
      const imported = mapping[e.column] != null;
      problems.push({
        row,
        code: imported ? 'participants.import.problem.cellError' : 'participants.import.problem.cellErrorIgnored',
        params: { cell: e.ref, error: e.code },
        blocking: false,
        severity: imported ? 'warning' : 'info',
      });
    }
    for (const code of Object.values(validateParticipant(input))) {
      const importCode = IMPORT_CODES[code];
      if (importCode) problems.push({ row, code: importCode, params: {}, blocking: true, severity: 'error' });
    }
    const earlier = replacedBy.map((r, i) => (r === index ? rowNumbers[i]! : 0)).filter(Boolean);
    if (earlier.length) problems.push({ row, code: 'participants.import.problem.replacesEarlier', params: { earlier: earlier.join(', ') }, blocking: false, severity: 'info' });
    const inFile = within.get(index);
    if (inFile) problems.push({ row, code: reasonCode('duplicateInFile', inFile.reason), params: { other: rowNumbers[inFile.of]! }, blocking: false, severity: 'warning' });
    const already = findDuplicate(input, active);
    if (already) problems.push({ row, code: reasonCode('alreadyRegistered', already.reason), params: { who: fullName(already.of) }, blocking: false, severity: 'warning' });
  });
  return { rows, rowNumbers, problems };
}
