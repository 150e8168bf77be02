// Bad files thrown at the participant-list importer (CSV and .xlsx): each is either refused with a clear
// Italian message or read as a table without the columns a list needs (so the screen asks for a mapping);
// nothing throws anything else, and nothing is written.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { ImportError, mappingHasSurname, readParticipantFile } from '../../../src-renderer/lib/import/participants';
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
    result = italian(`participants.import.error.${error.code}`);
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
