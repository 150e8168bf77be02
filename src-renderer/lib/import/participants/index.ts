// The participant-list importer: one module for the app and for `npm run parse-participants`.
// readParticipantFile() reads bytes (CSV in any usual encoding and delimiter, or .xlsx) into a header row and
// data rows with an automatic mapping; buildRows() applies a mapping (possibly changed by the user) and finds
// the problems of each row. Rows keep the numbers the sheet gives them, and cells holding a spreadsheet error
// are listed. Nothing here writes anything. The app runs the reading in a Worker (./read-client.ts).
import type { CellError } from './cells';
import { decodeText, sniffKind, type TextEncodingName } from './decode';
import { ImportError } from './errors';
import { decideMapping, findHeaderRow, type ColumnMapping, type MappingNote, type SourceLayout } from './mapping';
import { parseCsv, parseXlsx, type Delimiter, type SheetTable, type Table } from './table';

export { ImportError, type ImportErrorCode } from './errors';
export { columnName, type CellError } from './cells';
export {
  IMPORT_FIELDS,
  REPEATABLE_FIELDS,
  autoMapping,
  decideMapping,
  fieldForHeader,
  mappingHasSurname,
  repeatedFields,
  type ColumnMapping,
  type ImportField,
  type MappingNote,
  type MappingNoteCode,
  type SourceLayout,
} from './mapping';
export { CORRECTABLE_FIELDS, applyCorrection, buildRows, validateCorrection, rowToInput, type CorrectableField, type ImportRows, type RowCorrections, type RowProblem, type RowProblemCode } from './rows';

/** Larger than any list of people a Comune would send: refuse before parsing rather than freeze. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A list has a few dozen columns at most; thousands (a broken export, the wrong file) would freeze the mapping step. */
export const MAX_COLUMNS = 200;
/**
 * Ten times the people of any session; beyond it the preview, a row each to check, takes seconds to draw
 * (`npm run bench`: about a second for 1,000 rows on a loaded office laptop, 15 s for 5,000).
 */
export const MAX_ROWS = 1000;

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  headers: string[];
  /** The sheet's number of the header row. */
  headerRow: number;
  dataRows: Table;
  /** The sheet's number of each data row (blank rows are not in dataRows, but are counted). */
  rowNumbers: number[];
  /** Cells that held a spreadsheet error (#DIV/0!, #REF!…), read as empty; header and title rows included. */
  cellErrors: CellError[];
  mapping: ColumnMapping;
  /** Microsoft Forms, Google Forms or a plain list, as the header tells. */
  layout: SourceLayout;
  /** Why some columns were left out or recognised by their content, for the mapping step. */
  mappingNotes: MappingNote[];
}

/** How far the reading is: a phase, and within it a share from 0 to 1. */
export type ReadPhase = 'decoding' | 'parsing' | 'columns';
export type ReadProgressReport = (phase: ReadPhase, share: number) => void;

export async function readParticipantFile(bytes: Uint8Array, onProgress: ReadProgressReport = () => {}): Promise<ParsedFile> {
  if (bytes.byteLength === 0) throw new ImportError('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError('tooLarge');
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new ImportError('xls');
  let sheet: SheetTable;
  let encoding: TextEncodingName | null = null;
  let delimiter: Delimiter | null = null;
  if (kind === 'xlsx') {
    onProgress('parsing', 0);
    sheet = await parseXlsx(bytes);
  } else {
    onProgress('decoding', 0);
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    const csv = parseCsv(decoded.text, (share) => onProgress('parsing', share));
    sheet = csv.sheet;
    delimiter = csv.delimiter;
  }
  onProgress('columns', 0);
  const table = sheet.rows;
  // Columns up to the last one with any text: the empty ones a spreadsheet leaves at the right do not count.
  // Checked before anything looks at the columns one by one.
  let width = 0;
  for (const row of table) for (let c = row.length - 1; c >= width; c--) if (row[c] !== '') width = c + 1;
  if (width > MAX_COLUMNS) throw new ImportError('tooManyColumns', { columns: width, max: MAX_COLUMNS });
  const headerIndex = findHeaderRow(table);
  if (headerIndex === null) throw new ImportError('empty');
  const rows = table.slice(headerIndex);
  if (rows.length - 1 > MAX_ROWS) throw new ImportError('tooManyRows', { rows: rows.length - 1, max: MAX_ROWS });
  const headers = Array.from({ length: width }, (_, i) => table[headerIndex]![i] ?? '');
  const dataRows = rows.slice(1).map((r) => (r.length > width ? r.slice(0, width) : r));
  const decision = decideMapping(headers, dataRows);
  return {
    format: kind === 'xlsx' ? 'xlsx' : 'csv',
    encoding,
    delimiter,
    headers,
    headerRow: sheet.rowNumbers[headerIndex]!,
    dataRows,
    rowNumbers: sheet.rowNumbers.slice(headerIndex + 1),
    cellErrors: sheet.cellErrors,
    mapping: decision.mapping,
    layout: decision.layout,
    mappingNotes: decision.notes,
  };
}
