// The importer of answers exported from Google Forms or Microsoft Forms (CSV in any usual encoding and
// delimiter, or .xlsx), read with the participants importer's table reading: readFeedbackFile() gives the header,
// the rows and the automatic mapping to the questionnaire; buildFeedbackImport() applies a mapping (possibly
// changed by the user) and says what each row becomes, with the answers it could not read. Nothing here writes.
import { cleanAnswers, MAX_NAME_LENGTH } from '../../domain/feedback';
import type { Question } from '../../domain/types';
import { decodeText, sniffKind } from '../participants/decode';
import { ImportError } from '../participants/errors';
import { parseCsv, parseXlsx, type Table } from '../participants/table';
import { ANONYMOUS, autoColumns, NAME_TARGET, type ColumnTarget } from './columns';
import { normaliseAnswer, readScaleColumn } from './scale-words';

export { NAME_TARGET, autoColumns, type ColumnTarget } from './columns';
export { readScaleColumn, normaliseAnswer, numericScale } from './scale-words';

export const MAX_FEEDBACK_FILE_BYTES = 20 * 1024 * 1024;

/** What the importer cannot work with at all; `code` names a message (feedback.import.error.<code>). */
export type FeedbackImportErrorCode = 'empty' | 'binary' | 'xls' | 'xlsxBroken' | 'tooLarge' | 'headerOnly' | 'noQuestions';

export class FeedbackImportError extends Error {
  constructor(readonly code: FeedbackImportErrorCode) {
    super(code);
    this.name = 'FeedbackImportError';
  }
}

export interface FeedbackFile {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: Table;
  mapping: ColumnTarget[];
}

/** The table readers' refusals that mean the same for a form's export. */
const READ_ERRORS: ReadonlySet<string> = new Set<FeedbackImportErrorCode>(['empty', 'binary', 'xls', 'xlsxBroken', 'tooLarge']);

async function readTable(bytes: Uint8Array): Promise<{ table: Table; format: 'csv' | 'xlsx' }> {
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new FeedbackImportError('xls');
  try {
    // Blank rows are left out and cells holding a spreadsheet error (#DIV/0!...) read as unanswered.
    if (kind === 'xlsx') return { table: (await parseXlsx(bytes)).rows, format: 'xlsx' };
    return { table: parseCsv(decodeText(bytes).text).sheet.rows, format: 'csv' };
  } catch (error) {
    if (error instanceof ImportError && READ_ERRORS.has(error.code)) throw new FeedbackImportError(error.code as FeedbackImportErrorCode);
    throw error;
  }
}

/** Reads a form's export; a file that is not one, or holds no answers, is refused with the reason. */
export async function readFeedbackFile(bytes: Uint8Array, questions: readonly Question[]): Promise<FeedbackFile> {
  if (bytes.byteLength === 0) throw new FeedbackImportError('empty');
  if (bytes.byteLength > MAX_FEEDBACK_FILE_BYTES) throw new FeedbackImportError('tooLarge');
  const { table, format } = await readTable(bytes);
  const start = table.findIndex((r) => r.some((c) => c.trim()));
  if (start < 0) throw new FeedbackImportError('empty');
  const width = Math.max(...table.slice(start).map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => (table[start]![i] ?? '').trim());
  const rows = table.slice(start + 1).filter((r) => r.some((c) => c.trim()));
  if (rows.length === 0) throw new FeedbackImportError('headerOnly');
  const mapping = autoColumns(headers, rows, questions);
  if (!mapping.some((t) => t && t !== NAME_TARGET)) throw new FeedbackImportError('noQuestions');
  return { format, headers, rows, mapping };
}

/** An answer the importer could not read as a value of its scale. */
export interface UnreadableAnswer {
  /** Row of the file's data, from 1 (the header not counted). */
  row: number;
  questionId: string;
  text: string;
}

export interface FeedbackImportRow {
  row: number;
  externalKey: string;
  respondentName: string;
  answers: Record<string, number | string>;
}

export interface FeedbackImport {
  rows: FeedbackImportRow[];
  /** Rows that answer none of the questions mapped (left out). */
  emptyRows: number;
  unreadable: UnreadableAnswer[];
  /** Questions that no column answers. */
  unmapped: Question[];
}

/** FNV-1a over the text, as hex: a short, stable fingerprint of a row. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Each row's answers under a mapping. The key of a row is the form's response ID when the export has one
 * (Microsoft Forms), else a fingerprint of the whole row (Google Forms' timestamp makes it unique), so importing
 * a later export of the same form adds only the new answers.
 */
export function buildFeedbackImport(file: Pick<FeedbackFile, 'headers' | 'rows'>, mapping: readonly ColumnTarget[], questions: readonly Question[]): FeedbackImport {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const idColumn = file.headers.findIndex((h) => normaliseAnswer(h) === 'id');
  const scaleColumns = new Map<number, ReturnType<typeof readScaleColumn>>();
  mapping.forEach((target, i) => {
    if (byId.get(target)?.kind === 'scale') scaleColumns.set(i, readScaleColumn(file.rows.map((r) => r[i] ?? '')));
  });
  const unreadable: UnreadableAnswer[] = [];
  const rows: FeedbackImportRow[] = [];
  const seen = new Map<string, number>();
  let emptyRows = 0;
  file.rows.forEach((cells, r) => {
    const raw: Record<string, unknown> = {};
    let name = '';
    mapping.forEach((target, i) => {
      const text = (cells[i] ?? '').trim();
      if (!target || !text) return;
      if (target === NAME_TARGET) {
        if (!ANONYMOUS.has(normaliseAnswer(text))) name = text.replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
        return;
      }
      const question = byId.get(target);
      if (!question) return;
      if (question.kind === 'scale') {
        const value = scaleColumns.get(i)!.values[r];
        if (value === null || value === undefined) unreadable.push({ row: r + 1, questionId: question.id, text });
        else raw[question.id] = value;
      } else {
        // Two columns for one free question (a form edited over time) are joined.
        raw[question.id] = typeof raw[question.id] === 'string' ? `${raw[question.id]}\n${text}` : text;
      }
    });
    const answers = cleanAnswers(questions, raw);
    if (Object.keys(answers).length === 0) {
      emptyRows++;
      return;
    }
    const id = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
    let key = id ? `id:${id}` : `row:${fingerprint(cells.map((c) => c.trim()).join('\u0001'))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key = `${key}:${n}`;
    rows.push({ row: r + 1, externalKey: key, respondentName: name, answers });
  });
  const mapped = new Set(mapping);
  return { rows, emptyRows, unreadable, unmapped: questions.filter((q) => !mapped.has(q.id)) };
}
