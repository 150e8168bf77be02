// A file's cells as a table of strings: CSV through papaparse (delimiter detected), .xlsx through
// read-excel-file (first sheet). Both work on bytes, in the browser and in Node.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { ImportError } from './errors';

export type Table = string[][];

export type Delimiter = ';' | ',' | '\t' | '|';
const DELIMITERS: Delimiter[] = [';', ',', '\t', '|'];

export function parseCsv(text: string): { table: Table; delimiter: Delimiter } {
  const result = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy' });
  const guessed = result.meta.delimiter as Delimiter;
  return { table: result.data.map((row) => row.map((cell) => cell.trim())), delimiter: DELIMITERS.includes(guessed) ? guessed : ',' };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  let data: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = await readSheet(buffer);
  } catch {
    throw new ImportError('xlsxBroken');
  }
  return data.map((row) => row.map(cellText)).filter((row) => row.some((cell) => cell !== ''));
}
