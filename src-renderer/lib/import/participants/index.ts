// The participant-list importer: one module for the app and for `npm run parse-participants`.
// readParticipantFile() reads bytes (CSV in any usual encoding and delimiter, or .xlsx) into a header row and
// data rows with an automatic mapping; buildRows() applies a mapping (possibly changed by the user) and finds
// the problems of each row. Nothing here writes anything.
import { decodeText, sniffKind, type TextEncodingName } from './decode';
import { ImportError } from './errors';
import { autoMapping, findHeaderRow, type ColumnMapping } from './mapping';
import { parseCsv, parseXlsx, type Delimiter, type Table } from './table';

export { ImportError, type ImportErrorCode } from './errors';
export { IMPORT_FIELDS, autoMapping, fieldForHeader, mappingHasSurname, type ColumnMapping, type ImportField } from './mapping';
export { buildRows, rowToInput, type ImportRows, type RowProblem, type RowProblemCode } from './rows';

/** Larger than any list of people a Comune would send: refuse before parsing rather than freeze. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ParsedFile {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  headers: string[];
  dataRows: Table;
  mapping: ColumnMapping;
}

export async function readParticipantFile(bytes: Uint8Array): Promise<ParsedFile> {
  if (bytes.byteLength === 0) throw new ImportError('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError('tooLarge');
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new ImportError('xls');
  let table: Table;
  let encoding: TextEncodingName | null = null;
  let delimiter: Delimiter | null = null;
  if (kind === 'xlsx') {
    table = await parseXlsx(bytes);
  } else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    const csv = parseCsv(decoded.text);
    table = csv.table;
    delimiter = csv.delimiter;
  }
  const headerRow = findHeaderRow(table);
  if (headerRow === null) throw new ImportError('empty');
  const width = Math.max(...table.slice(headerRow).map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => table[headerRow]![i] ?? '');
  return { format: kind === 'xlsx' ? 'xlsx' : 'csv', encoding, delimiter, headers, dataRows: table.slice(headerRow + 1), mapping: autoMapping(headers) };
}
