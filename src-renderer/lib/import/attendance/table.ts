// A report's cells as rows of strings, each with its line in the file (for the problems' row numbers). Text
// through papaparse with the delimiter found in the file (Teams: tabs, Zoom: commas, Excel in Italian:
// semicolons); .xlsx through read-excel-file, date cells written back as text the date reader understands.
import Papa from 'papaparse';
import { firstSheetRows } from '../sheet';
import { AttendanceImportError } from './errors';

export interface Row {
  /** 1-based line (text) or row (sheet) number. */
  line: number;
  cells: string[];
  /** Cells in the file's row, trailing empty ones included (a row cut short has fewer than its header). */
  width: number;
}

export type Delimiter = '\t' | ',' | ';';

/** Tabs where a third of the lines have one (a Teams report: its summary lines hold commas inside dates). */
export function findDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim()).slice(0, 60);
  const withTabs = lines.filter((l) => l.includes('\t')).length;
  if (lines.length && withTabs / lines.length >= 1 / 3) return '\t';
  // Between commas and semicolons: the one that splits lines into the most consistent, widest rows.
  const score = (d: ',' | ';') => {
    const counts = lines.map((l) => Papa.parse<string[]>(l, { delimiter: d }).data[0]?.length ?? 1);
    return counts.filter((c) => c > 1).length * 10 + Math.max(1, ...counts);
  };
  return score(';') > score(',') ? ';' : ',';
}

function tidy(cells: string[]): string[] {
  const out = cells.map((c) => c.replace(/\u00a0/g, ' ').trim());
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Rows of a text report; a quote left open at the end means the file was cut short. */
export function textRows(text: string): { rows: Row[]; delimiter: Delimiter } {
  const delimiter = findDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, quoteChar: '"' });
  if (result.errors.some((e) => e.code === 'MissingQuotes')) throw new AttendanceImportError('truncated');
  const rows: Row[] = [];
  let line = 1;
  for (const raw of result.data) {
    rows.push({ line, cells: tidy(raw), width: raw.length });
    // A quoted cell may span lines: count them, so row numbers stay the file's line numbers.
    line += 1 + raw.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
  }
  return { rows, delimiter };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A spreadsheet cell as text: a date-time cell as "yyyy-MM-dd HH:mm:ss", a time-only one as "HH:mm:ss". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Spreadsheets store wall-clock values with no zone; read-excel-file gives them as UTC.
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
    if (value.getUTCFullYear() < 1901) return time;
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${time}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value).replace(/\u00a0/g, ' ').trim();
}

export async function sheetRows(bytes: Uint8Array): Promise<Row[]> {
  const data = await firstSheetRows(bytes);
  if (!data) throw new AttendanceImportError('xlsxBroken');
  return data.map((row, i) => ({ line: i + 1, cells: tidy((row ?? []).map(cellText)), width: (row ?? []).length }));
}
