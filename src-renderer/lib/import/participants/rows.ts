// From the data rows and a mapping to participants and the problems of each row: missing surname or name,
// a malformed e-mail or phone, a repeat of an earlier row or of someone already registered, a cell that held a
// spreadsheet error. Rows are named by the sheet's own numbers, as the person who made the file sees them.
import type { CellError } from './cells';
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
  | 'participants.import.problem.alreadyRegistered.person'
  | 'participants.import.problem.cellError'
  | 'participants.import.problem.cellErrorIgnored';

const IMPORT_CODES: Partial<Record<ParticipantProblem, RowProblemCode>> = {
  'participants.error.surnameRequired': 'participants.import.problem.surnameRequired',
  'participants.error.nameRequired': 'participants.import.problem.nameRequired',
  'participants.error.email': 'participants.import.problem.email',
  'participants.error.phone': 'participants.import.problem.phone',
};

export interface RowProblem {
  /** The sheet's own row number (the header is usually row 1, so the first person row 2). */
  row: number;
  code: RowProblemCode;
  params: Record<string, string | number>;
  /** A duplicate can be imported anyway if the user insists; invalid data cannot. */
  blocking: boolean;
  /** Worth knowing but no reason to leave the row out (an error in a column that is not imported). */
  note?: boolean;
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
    } else if (field === 'notes' || field === 'dietary') {
      input[field] = input[field] ? `${input[field]}; ${value}` : value;
    } else {
      input[field] = value;
    }
  });
  return input;
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
 * The participants of the data rows and every problem found, in row order. A row with text, or with a cell
 * that held an error (even one made only of errors), is a row; a blank row is not.
 */
export function buildRows(file: ImportTable, mapping: ColumnMapping, registered: readonly Participant[] = []): ImportRows {
  const errorsByRow = new Map<number, CellError[]>();
  for (const e of file.cellErrors ?? []) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);
  const kept: { cells: string[]; row: number }[] = [];
  file.dataRows.forEach((cells, i) => {
    const row = file.rowNumbers?.[i] ?? i + 1;
    if (cells.some((c) => c.trim() !== '') || errorsByRow.has(row)) kept.push({ cells, row });
  });
  const rows = kept.map((k) => rowToInput(k.cells, mapping));
  const rowNumbers = kept.map((k) => k.row);
  const problems: RowProblem[] = [];
  const within = duplicatesWithin(rows);
  const active = registered.filter((p) => p.status !== 'annullato');
  const reasonCode = (scope: 'duplicateInFile' | 'alreadyRegistered', reason: DuplicateReason) => `participants.import.problem.${scope}.${reason}` as const;
  rows.forEach((input, index) => {
    const row = rowNumbers[index]!;
    for (const e of errorsByRow.get(row) ?? []) {
      const imported = mapping[e.column] != null;
      problems.push({ row, code: imported ? 'participants.import.problem.cellError' : 'participants.import.problem.cellErrorIgnored', params: { cell: e.ref, error: e.code }, blocking: false, ...(imported ? {} : { note: true }) });
    }
    for (const code of Object.values(validateParticipant(input))) {
      const importCode = IMPORT_CODES[code];
      if (importCode) problems.push({ row, code: importCode, params: {}, blocking: true });
    }
    const inFile = within[index];
    if (inFile) problems.push({ row, code: reasonCode('duplicateInFile', inFile.reason), params: { other: rowNumbers[inFile.of]! }, blocking: false });
    const already = findDuplicate(input, active);
    if (already) problems.push({ row, code: reasonCode('alreadyRegistered', already.reason), params: { who: fullName(already.of) }, blocking: false });
  });
  return { rows, rowNumbers, problems };
}
