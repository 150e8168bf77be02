// The first sheet of an .xlsx as rows of cell values (read-excel-file), for the importers that take spreadsheets.
// Works on bytes, in the browser, in a Worker and in Node.
import { readSheet } from 'read-excel-file/universal';
import { arrayBufferOf } from './bytes';

/** The first sheet's rows, or null when the workbook does not open (each importer says so in its own words). */
export async function firstSheetRows(bytes: Uint8Array): Promise<unknown[][] | null> {
  try {
    return await readSheet(arrayBufferOf(bytes));
  } catch {
    return null;
  }
}
