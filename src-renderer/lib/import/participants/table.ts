// A file's cells as a table of strings: CSV through papaparse (delimiter detected), .xlsx through
// read-excel-file (first sheet). Both work on bytes, in the browser, in a Worker and in Node.
// Every row keeps the number the sheet gives it (blank rows are left out but counted, as a spreadsheet shows
// them), and cells holding a spreadsheet error are read as empty and listed with their place.
import Papa from 'papaparse';
import { firstSheetRows } from '../sheet';
import { cellError, isSpreadsheetError, type CellError } from './cells';
import { ImportError } from './errors';
import { xlsxErrorCells } from './xlsx-errors';

export type Table = string[][];

/** The non-blank rows of a sheet, the sheet's number of each, and the cells that held an error. */
export interface SheetTable {
  rows: Table;
  rowNumbers: number[];
  cellErrors: CellError[];
}

export type Delimiter = ';' | ',' | '\t' | '|';
const DELIMITERS: Delimiter[] = [';', ',', '\t', '|'];

/** Reported while a long file is read: how far, from 0 to 1. */
export type ReadProgress = (share: number) => void;

/** Rows of cells, numbered from 1 in the file's order, to the sheet table: errors blanked, blank rows left out. */
function toSheet(numbered: Iterable<[number, string[]]>, known: CellError[] = []): SheetTable {
  const errorsAt = new Set(known.map((e) => e.row));
  const sheet: SheetTable = { rows: [], rowNumbers: [], cellErrors: [...known] };
  for (const [row, raw] of numbered) {
    let hasError = errorsAt.has(row);
    const cells = raw.map((cell, column) => {
      if (!isSpreadsheetError(cell)) return cell.trim();
      sheet.cellErrors.push(cellError(row, column, cell));
      hasError = true;
      return '';
    });
    if (!hasError && cells.every((c) => c === '')) continue;
    sheet.rows.push(cells);
    sheet.rowNumbers.push(row);
  }
  sheet.cellErrors.sort((a, b) => a.row - b.row || a.column - b.column);
  return sheet;
}

export function parseCsv(text: string, onProgress: ReadProgress = () => {}): { sheet: SheetTable; delimiter: Delimiter } {
  const records: string[][] = [];
  let guessed = '';
  // Row by row, so a long file reports how far it got; blank lines are kept here so every record keeps its number.
  Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    step: (result) => {
      guessed ||= result.meta.delimiter;
      records.push(result.data);
      if (records.length % 2000 === 0) onProgress(Math.min(1, result.meta.cursor / Math.max(1, text.length)));
    },
  });
  onProgress(1);
  return { sheet: toSheet(records.map((cells, i) => [i + 1, cells])), delimiter: DELIMITERS.includes(guessed as Delimiter) ? (guessed as Delimiter) : ',' };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function parseXlsx(bytes: Uint8Array): Promise<SheetTable> {
  const data = await firstSheetRows(bytes);
  if (!data) throw new ImportError('xlsxBroken');
  // read-excel-file gives row n of the sheet at index n - 1 (blank rows in between included) but drops the
  // error cells and the blank rows at the end: a last row made only of errors is brought back here.
  const errors = await xlsxErrorCells(bytes);
  const last = errors.reduce((max, e) => Math.max(max, e.row), data.length);
  const rows = function* (): Generator<[number, string[]]> {
    for (let row = 1; row <= last; row++) yield [row, (data[row - 1] ?? []).map(cellText)];
  };
  return toSheet(rows(), errors);
}
