// From the data rows and a mapping to participants and the problems of each row: missing surname or name,
// a malformed e-mail or phone, a repeat of an earlier row or of someone already registered.
import { duplicatesWithin, findDuplicate, type DuplicateReason } from '../../domain/duplicates';
import { emptyParticipantInput, validateParticipant, fullName, type ParticipantInput, type ParticipantProblem } from '../../domain/participants';
import type { Participant } from '../../domain/types';
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
  | 'participants.import.problem.alreadyRegistered.person';

const IMPORT_CODES: Partial<Record<ParticipantProblem, RowProblemCode>> = {
  'participants.error.surnameRequired': 'participants.import.problem.surnameRequired',
  'participants.error.nameRequired': 'participants.import.problem.nameRequired',
  'participants.error.email': 'participants.import.problem.email',
  'participants.error.phone': 'participants.import.problem.phone',
};

export interface RowProblem {
  /** 1-based data row, after the header; blank rows are skipped and not counted. */
  row: number;
  code: RowProblemCode;
  params: Record<string, string | number>;
  /** A duplicate can be imported anyway if the user insists; invalid data cannot. */
  blocking: boolean;
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

/** One data row as a participant's input (consent is not in the lists guests send: recorded later). */
export function rowToInput(cells: readonly string[], mapping: ColumnMapping): ParticipantInput {
  const input = emptyParticipantInput();
  mapping.forEach((field, column) => {
    const value = (cells[column] ?? '').trim();
    if (!field || !value) return;
    if (field === 'fullNameSurnameFirst' || field === 'fullNameNameFirst') {
      const split = splitFullName(value, field === 'fullNameSurnameFirst');
      input.surname ||= split.surname;
      input.name ||= split.name;
    } else if (field === 'notes') {
      input.notes = input.notes ? `${input.notes}; ${value}` : value;
    } else {
      input[field] = value;
    }
  });
  return input;
}

export interface ImportRows {
  rows: ParticipantInput[];
  problems: RowProblem[];
}

/** The participants of the data rows and every problem found, in row order. */
export function buildRows(dataRows: Table, mapping: ColumnMapping, registered: readonly Participant[] = []): ImportRows {
  const rows = dataRows.filter((cells) => cells.some((c) => c.trim() !== '')).map((cells) => rowToInput(cells, mapping));
  const problems: RowProblem[] = [];
  const within = duplicatesWithin(rows);
  const active = registered.filter((p) => p.status !== 'annullato');
  const reasonCode = (scope: 'duplicateInFile' | 'alreadyRegistered', reason: DuplicateReason) => `participants.import.problem.${scope}.${reason}` as const;
  rows.forEach((input, index) => {
    const row = index + 1;
    for (const code of Object.values(validateParticipant(input))) {
      const importCode = IMPORT_CODES[code];
      if (importCode) problems.push({ row, code: importCode, params: {}, blocking: true });
    }
    const inFile = within[index];
    if (inFile) problems.push({ row, code: reasonCode('duplicateInFile', inFile.reason), params: { other: inFile.of + 1 }, blocking: false });
    const already = findDuplicate(input, active);
    if (already) problems.push({ row, code: reasonCode('alreadyRegistered', already.reason), params: { who: fullName(already.of) }, blocking: false });
  });
  return { rows, problems };
}
