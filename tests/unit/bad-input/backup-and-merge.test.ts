// Bad files thrown at "Ripristina da file" and "Unisci dati di un'altra postazione", through the same flow the
// Settings screen runs: each is refused with a clear Italian message, nothing throws, the data is unchanged.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import { createBackupJson } from '../../../src-renderer/lib/db/backup';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { BackupFlow, type BackupMode } from '../../../src-renderer/features/settings/backup-flow.svelte';
import { contents, fill, freshDb, storedParticipants } from '../db-helpers';
import { expectClear, garbage, italian, MB, utf16le, windows1252, WRONG_FILES } from './helpers';

let validBackup: string;
let db: OspitaDatabase;

beforeAll(async () => {
  const source = await freshDb();
  await fill(source, sampleData({ prefix: 'other-', participants: 40, attendance: 60 }));
  validBackup = await createBackupJson(source);
});

beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

const encode = (text: string) => new TextEncoder().encode(text);

/** Runs the screen's flow on a file and returns the Italian message it shows; fails if it got to "confirm". */
async function refuse(bytes: Uint8Array | (() => Uint8Array), mode: BackupMode, name = 'backup.json'): Promise<string> {
  const before = await contents(db);
  const data = typeof bytes === 'function' ? bytes() : bytes;
  const flow = new BackupFlow();
  await flow.openFile(new File([data as Uint8Array<ArrayBuffer>], name), mode);
  const step = flow.step;
  if (step.kind !== 'error') throw new Error(`the file was not refused (step ${step.kind})`);
  const text = italian(step.message.key, step.message.params);
  expectClear(text);
  expect(await contents(db)).toEqual(before);
  return text;
}

const CASES: [string, () => Uint8Array, RegExp][] = [
  ['an empty file', () => new Uint8Array(), /vuoto/],
  ['a file of blanks', () => encode(' \n\t\r\n  '), /vuoto/],
  ['1 kB of random bytes', () => garbage(1024), /UTF-8/],
  ['1 MB of random bytes', () => garbage(MB, 3), /UTF-8/],
  ['a PNG image', () => WRONG_FILES.png, /UTF-8/],
  ['a PDF', () => WRONG_FILES.pdf, /formato JSON/],
  ['a .docx or .xlsx (zip)', () => WRONG_FILES.zip, /UTF-8/],
  ['an old .xls', () => WRONG_FILES.xls, /UTF-8/],
  ['a program (.exe)', () => WRONG_FILES.exe, /UTF-8/],
  ['a CSV list of participants', () => encode('Cognome;Nome;Ente\nRossi;Giulia;Comune di Bergamo\n'), /formato JSON/],
  ['another app’s JSON', () => encode('{"name":"my-app","version":"1.0.0","dependencies":{}}'), /non è stato creato da Ospita/],
  ['a JSON array', () => encode('[{"id":"p1","surname":"Rossi"}]'), /non è stato creato da Ospita/],
  ['JSON null', () => encode('null'), /non è stato creato da Ospita/],
  ['JSON nested 100,000 levels deep', () => encode('['.repeat(100_000) + ']'.repeat(100_000)), /non è stato creato da Ospita|formato JSON/],
  ['our header with nothing else', () => encode('{"format":"ospita-backup"}'), /danneggiato/],
  ['our header with data of the wrong type', () => encode('{"format":"ospita-backup","formatVersion":1,"appVersion":"0.1.0","schemaVersion":1,"createdAt":"2026-01-01T00:00:00.000Z","station":"A","counts":{},"checksum":{"algorithm":"SHA-256","value":"' + '0'.repeat(64) + '"},"data":{"offers":"tutte"}}'), /danneggiato/],
  ['a __proto__ key', () => encode('{"format":"ospita-backup","__proto__":{"polluted":true},"data":{}}'), /danneggiato/],
];

for (const mode of ['restore', 'merge'] as const) {
  describe(`${mode === 'restore' ? 'restoring' : 'merging'} a bad file is refused with a clear message and changes nothing`, () => {
    for (const [what, bytes, expected] of CASES) {
      it(what, async () => {
        expect(await refuse(bytes, mode)).toMatch(expected);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }

    it('a backup cut short anywhere', async () => {
      for (const share of [0.001, 0.1, 0.5, 0.9, 0.999]) expect(await refuse(encode(validBackup.slice(0, Math.floor(validBackup.length * share))), mode)).toMatch(/incompleto/);
      expect(await refuse(encode(validBackup.trimEnd().slice(0, -1)), mode)).toMatch(/incompleto/);
    });

    it('a backup with one byte changed, wherever it is', async () => {
      const bytes = encode(validBackup);
      for (const at of [0.3, 0.6, 0.95]) {
        const copy = bytes.slice();
        const i = validBackup.indexOf('"', Math.floor(bytes.length * at)) + 1; // inside a string value or key
        copy[i] = copy[i] === 0x41 ? 0x42 : 0x41;
        expect(await refuse(copy, mode)).toMatch(/danneggiato|modificato|incompleto/);
      }
    });

    it('a backup saved in Windows-1252 or as UTF-16 without its BOM', async () => {
      expect(await refuse(windows1252(validBackup), mode)).toMatch(/UTF-8/);
      expect(await refuse(utf16le(validBackup, false), mode)).toMatch(/UTF-8|formato JSON/);
      expect(await refuse(utf16le(validBackup).subarray(0, 5000), mode)).toMatch(/incompleto/);
    });

    it('50 MB of random bytes', { timeout: 60_000 }, async () => {
      expect(await refuse(() => garbage(50 * MB, 5), mode)).toMatch(/UTF-8/);
    });

    it('a file larger than any backup, refused before it is read', async () => {
      const flow = new BackupFlow();
      const huge = { name: 'enorme.json', size: 400 * MB, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
      await flow.openFile(huge, mode);
      expect(flow.step.kind).toBe('error');
      if (flow.step.kind === 'error') expect(italian(flow.step.message.key, flow.step.message.params)).toMatch(/400 MB: è troppo grande/);
    });

    it('a file that cannot be read from the disk', async () => {
      const before = await contents(db);
      const flow = new BackupFlow();
      const broken = { name: 'chiavetta.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as File;
      await flow.openFile(broken, mode);
      expect(flow.step.kind).toBe('error');
      if (flow.step.kind === 'error') expectClear(italian(flow.step.message.key, flow.step.message.params));
      expect(await contents(db)).toEqual(before);
    });
  });
}

// The heaviest cases (several seconds of CPU each) once: restore and merge read and check a file the same way.
describe('restoring a large bad file is refused with a clear message and changes nothing', () => {
  it('50 MB of text that is not JSON', { timeout: 60_000 }, async () => {
    expect(await refuse(() => encode('Rossi;Giulia;Comune di Bergamo\n'.repeat((50 * MB) / 31)), 'restore')).toMatch(/formato JSON/);
  });

  it('a 50 MB backup whose content no longer matches its checksum', { timeout: 60_000 }, async () => {
    const big = JSON.parse(validBackup) as { data: { offers: { description: string }[] } };
    big.data.offers[0]!.description = 'x'.repeat(50 * MB);
    const text = JSON.stringify(big);
    expect(await refuse(encode(text), 'restore')).toMatch(/codice di controllo/);
  });
});

describe('a good file still goes through after all that', () => {
  it('is shown for confirmation, and applied only when confirmed', async () => {
    const flow = new BackupFlow();
    await flow.openFile(new File([encode(validBackup)], 'buono.json'), 'merge');
    expect(flow.step.kind).toBe('review');
    expect((await storedParticipants(db)).length).toBe(6);
    await flow.confirm();
    expect(flow.step.kind).toBe('done');
    expect((await storedParticipants(db)).length).toBe(46);
    expect(flow.step.kind === 'done' && flow.step.message.key).toBe('backup.merged');
  });

  it('promises a copy of the previous data only when there was some', async () => {
    const withData = new BackupFlow();
    await withData.openFile(new File([encode(validBackup)], 'buono.json'), 'restore');
    await withData.confirm();
    expect(withData.step.kind === 'done' && italian(withData.step.message.key, withData.step.message.params)).toMatch(/I dati precedenti sono tra i backup automatici/);

    await freshDb(); // now the app's database, and empty
    const intoEmpty = new BackupFlow();
    await intoEmpty.openFile(new File([encode(validBackup)], 'buono.json'), 'restore');
    await intoEmpty.confirm();
    const text = intoEmpty.step.kind === 'done' ? italian(intoEmpty.step.message.key, intoEmpty.step.message.params) : '';
    expect(text).toBe('Dati ripristinati (sessioni 2, partecipanti 40).');
  });
});
