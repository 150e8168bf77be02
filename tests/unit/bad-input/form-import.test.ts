// Bad files thrown at the exchange-form importer (.docx, .txt, .md): each is refused with a clear Italian
// message (a FormImportError), nothing throws anything else, and nothing is written.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { FormImportError, readFormFile } from '../../../src-renderer/lib/import/form';
import { contents, fill, freshDb } from '../db-helpers';
import { expectClear, garbage, MB, utf16le, WRONG_FILES } from './helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

const encode = (text: string) => new TextEncoder().encode(text);
const options = { today: '2026-03-01' };

/** The Italian message of the refusal; fails if the file was read as a form or something else was thrown. */
async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const before = await contents(db);
  try {
    await readFormFile(name, bytes, options);
  } catch (error) {
    if (!(error instanceof FormImportError)) throw error;
    expectClear(error.message);
    expect(await contents(db)).toEqual(before);
    return error.message;
  }
  throw new Error(`${name} was read as a form`);
}

describe('the exchange-form importer, given a bad file, refuses it clearly and writes nothing', () => {
  it('empty or blank', async () => {
    expect(await refusal('scheda.docx', new Uint8Array())).toMatch(/vuoto/);
    expect(await refusal('scheda.txt', new Uint8Array())).toMatch(/vuoto/);
    expect(await refusal('scheda.txt', encode('  \n\r\n\t'))).toMatch(/vuoto/);
  });

  it('random bytes, named as a form', async () => {
    expect(await refusal('scheda.txt', garbage(4096))).toMatch(/leggere|danneggiato/);
    expect(await refusal('scheda.docx', garbage(4096))).toMatch(/non è un documento Word/);
  });

  it('files chosen by mistake', async () => {
    expect(await refusal('foto.png', WRONG_FILES.png)).toMatch(/non sono supportati|non è supportato/);
    expect(await refusal('scheda.pdf', WRONG_FILES.pdf)).toMatch(/\.pdf non sono supportati/);
    expect(await refusal('scheda.doc', WRONG_FILES.xls)).toMatch(/Word 97-2003/);
    expect(await refusal('scheda.txt', WRONG_FILES.exe)).toMatch(/leggere|danneggiato/);
  });

  it('a .docx cut short or a zip that is not a document', async () => {
    expect(await refusal('scheda.docx', WRONG_FILES.zip)).toMatch(/.+/);
  });

  it('a text that is not an exchange form', async () => {
    expect(await refusal('scheda.txt', encode('Cognome;Nome\nRossi;Giulia\n'))).toMatch(/non sembra una scheda/);
    expect(await refusal('scheda.md', encode('{"format":"ospita-backup"}'))).toMatch(/non sembra una scheda/);
  });

  it('UTF-16 without its BOM', async () => {
    expect(await refusal('scheda.txt', utf16le('Comune ospitante: Comune di Monza\nTitolo buona pratica: Patti\n', false))).toMatch(/leggere|danneggiato/);
  });

  it('50 MB, refused before it is read', { timeout: 60_000 }, async () => {
    expect(await refusal('scheda.txt', encode('Comune ospitante: Monza\n'.repeat((50 * MB) / 24)))).toMatch(/troppo grande/);
    expect(await refusal('scheda.docx', garbage(50 * MB, 19))).toMatch(/troppo grande/);
  });
});
