// Bad files thrown at the participant-list importer (CSV and .xlsx): each is either refused with a clear
// Italian message or read as a table without the columns a list needs (so the screen asks for a mapping);
// nothing throws anything else, and nothing is written.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { ImportError, MAX_COLUMNS, buildRows, mappingHasSurname, readParticipantFile } from '../../../src-renderer/lib/import/participants';
import { contents, fill, freshDb } from '../db-helpers';
import { expectClear, garbage, italian, MB, utf16le, WRONG_FILES } from './helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

const encode = (text: string) => new TextEncoder().encode(text);

/** The importer's verdict: the Italian message of a refusal, or 'no-surname' when it read a table it cannot use. */
async function verdict(bytes: Uint8Array): Promise<string> {
  const before = await contents(db);
  let result: string;
  try {
    const parsed = await readParticipantFile(bytes);
    result = mappingHasSurname(parsed.mapping) ? 'usable' : 'no-surname';
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    result = italian(`participants.import.error.${error.code}`, error.params);
    expectClear(result);
  }
  expect(await contents(db)).toEqual(before);
  return result;
}

describe('the participant importer, given a bad file, refuses it clearly and writes nothing', () => {
  it('empty or blank', async () => {
    expect(await verdict(new Uint8Array())).toMatch(/vuoto/);
    expect(await verdict(encode('\n\n  \r\n'))).toMatch(/vuoto/);
  });

  it('random bytes, small and large', async () => {
    expect(await verdict(garbage(4096))).toMatch(/binario|danneggiato/);
    expect(await verdict(garbage(5 * MB, 13))).toMatch(/binario|danneggiato/);
  });

  const EXPECTED: Record<keyof typeof WRONG_FILES, RegExp> = {
    png: /binario/,
    // The first lines of a PDF are text: read as a one-column table with no surname, so the screen asks which
    // column holds what and imports nothing until then.
    pdf: /^no-surname$/,
    zip: /danneggiato o incompleto/,
    xls: /Excel 97-2003/,
    exe: /binario/,
  };
  for (const [kind, bytes] of Object.entries(WRONG_FILES)) {
    it(`a ${kind} file chosen by mistake`, async () => {
      expect(await verdict(bytes)).toMatch(EXPECTED[kind as keyof typeof WRONG_FILES]);
    });
  }

  it('a .xlsx cut short', async () => {
    const { readFile } = await import('node:fs/promises');
    const xlsx = new Uint8Array(await readFile(new URL('../../fixtures/participants/participants.xlsx', import.meta.url)));
    for (const share of [0.1, 0.5, 0.9]) expect(await verdict(xlsx.subarray(0, Math.floor(xlsx.length * share)))).toMatch(/danneggiato o incompleto/);
  });

  it('50 MB: refused before it is parsed', { timeout: 60_000 }, async () => {
    expect(await verdict(encode('Rossi;Giulia;Comune di Bergamo\n'.repeat((50 * MB) / 31)))).toMatch(/troppo grande/);
    expect(await verdict(garbage(50 * MB, 17))).toMatch(/troppo grande/);
  });

  it('a backup or another JSON file given as a list', async () => {
    expect(await verdict(encode('{"format":"ospita-backup","data":{}}'))).toBe('no-surname');
  });

  it('a list as UTF-16 without its BOM', async () => {
    expect(await verdict(utf16le('Cognome;Nome\nRossi;Giulia\n', false))).toMatch(/binario/);
  });
});

/** A list as Excel would save it as CSV: `columns` columns, `rows` people. */
function wideCsv(columns: number, rows: number): Uint8Array {
  const header = ['Cognome', 'Nome', 'Ente', ...Array.from({ length: columns - 3 }, (_, i) => `Domanda ${i + 1}`)].join(';');
  const lines = Array.from({ length: rows }, (_, r) => ['Rossi', `Persona ${r}`, 'Comune di Lecco', ...Array.from({ length: columns - 3 }, (_, i) => (i % 3 === 0 ? 'sì' : 'no'))].join(';'));
  return encode([header, ...lines].join('\r\n'));
}

describe('the participant importer neither freezes on a huge file nor hides what it could not read', () => {
  it('a 175 KB CSV with 5,000 columns is refused with the count and what to do, before any column is looked at', async () => {
    const bytes = wideCsv(5000, 11);
    expect(bytes.byteLength).toBeGreaterThan(150 * 1024);
    expect(await verdict(bytes)).toMatch(/ha 5000 colonne con dati.*al massimo 200.*Controlla il file/);
  });

  it(`a list with ${MAX_COLUMNS} columns is still read, and thousands of empty separators at the end of each row do not count`, async () => {
    expect(await verdict(wideCsv(MAX_COLUMNS, 3))).toBe('usable');
    const trailing = encode(['Cognome;Nome;Ente' + ';'.repeat(5000), 'Rossi;Giulia;Comune di Lecco' + ';'.repeat(5000)].join('\r\n'));
    const parsed = await readParticipantFile(trailing);
    expect(parsed.headers).toEqual(['Cognome', 'Nome', 'Ente']);
  });

  it('a list of more people than any session takes is refused with the count', async () => {
    expect(await verdict(wideCsv(4, 1001))).toMatch(/ha 1001 righe di dati.*al massimo 1000/);
    expect(await verdict(wideCsv(4, 1000))).toBe('usable');
  });

  it('Excel error cells are named by their cell, and a row made only of errors keeps its place, in the middle or at the end', async () => {
    const { readFile } = await import('node:fs/promises');
    const xlsx = new Uint8Array(await readFile(new URL('../../fixtures/participants/excel-errors.xlsx', import.meta.url)));
    const parsed = await readParticipantFile(xlsx);
    expect(parsed.cellErrors.map((e) => `${e.ref} ${e.code}`)).toEqual(['D3 #N/A', 'A5 #REF!', 'B5 #VALUE!', 'C5 #NAME?', 'D5 #NULL!', 'E5 #NUM!', 'E6 #DIV/0!', 'A8 #DIV/0!', 'D8 #N/A']);
    const built = buildRows(parsed, parsed.mapping);
    // Row 4 is blank; rows 5 and 8 hold nothing but errors: they stay, with the sheet's own numbers.
    expect(built.rowNumbers).toEqual([2, 3, 5, 6, 7, 8]);
    const at = (row: number) => built.problems.filter((p) => p.row === row).map((p) => `${p.code.split('.').pop()} ${p.params.cell ?? ''}`.trim());
    expect(at(3)).toEqual(['cellError D3']);
    expect(at(5)).toEqual(['cellError A5', 'cellError B5', 'cellError C5', 'cellError D5', 'cellErrorIgnored E5', 'surnameRequired', 'nameRequired']);
    expect(at(6)).toEqual(['cellErrorIgnored E6']);
    expect(built.problems.find((p) => p.row === 6)!.severity).toBe('info');
    expect(at(8)).toEqual(['cellError A8', 'cellError D8', 'surnameRequired', 'nameRequired']);
    const message = italian(built.problems[0]!.code, built.problems[0]!.params);
    expect(message).toBe('La cella D3 contiene l’errore #N/A di Excel e si legge come vuota: correggila nel file oppure importa la riga senza quel dato.');
  });

  it('errors written into a CSV by Italian Excel (#N/D, #RIF!) are found too, and a blank line does not renumber the rows', async () => {
    const { readFile } = await import('node:fs/promises');
    const csv = new Uint8Array(await readFile(new URL('../../fixtures/participants/excel-errors-italian.csv', import.meta.url)));
    const parsed = await readParticipantFile(csv);
    expect(parsed.cellErrors.map((e) => `${e.ref} ${e.code}`)).toEqual(['D3 #N/D', 'A5 #RIF!', 'B5 #VALORE!', 'C5 #NOME?', 'D5 #NULLO!', 'E5 #NUM!', 'E6 #DIV/0!']);
    const built = buildRows(parsed, parsed.mapping);
    expect(built.rowNumbers).toEqual([2, 3, 5, 6]);
    expect(built.rows[1]).toMatchObject({ surname: 'Rossi', email: '' });
    expect(built.rows[2]).toMatchObject({ surname: '', name: '', organisation: '' });
  });
});
