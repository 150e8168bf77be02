// Cells as a spreadsheet names them ("C5"), and the error values Excel and LibreOffice put in a cell whose
// formula failed. Error cells are read as empty, but never silently: each is reported with its place.

/** Excel's error values, as stored in .xlsx and as written into a CSV by English and Italian Excel and by LibreOffice. */
const EXCEL_ERRORS = [
  '#DIV/0!', '#REF!', '#RIF!', '#N/A', '#N/D', '#VALUE!', '#VALORE!', '#NAME?', '#NOME?', '#NULL!', '#NULLO!', '#NUM!',
  '#SPILL!', '#ESPANSIONE!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];
const ERROR_SET = new Set(EXCEL_ERRORS);

/** True for a cell whose whole text is a spreadsheet error ("#DIV/0!", "#N/D", LibreOffice's "Err:502"). */
export function isSpreadsheetError(text: string): boolean {
  const t = text.trim().toUpperCase();
  return t.startsWith('#') ? ERROR_SET.has(t) : /^ERR:\d{3}$/.test(t);
}

/** A cell that held an error: where (as the sheet names it) and which error. */
export interface CellError {
  /** The sheet's own row number (1 = the first row of the sheet or file). */
  row: number;
  /** 0-based column index. */
  column: number;
  /** "C5" */
  ref: string;
  /** "#DIV/0!" */
  code: string;
}

/** "A", "Z", "AA" for columns 0, 25, 26. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0-based column index of "A", "AA"... */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellError(row: number, column: number, code: string): CellError {
  return { row, column, ref: `${columnName(column)}${row}`, code: code.trim().toUpperCase() };
}
