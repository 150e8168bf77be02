// Bad files thrown at the attendance-report reader: each is refused with a clear Italian message (what is wrong,
// what to do), nothing else is thrown, and nothing is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { AttendanceImportError, attendanceErrorMessage, readAttendanceReport } from '../../../src-renderer/lib/import/attendance';
import { contents, fill, freshDb } from '../db-helpers';
import { expectClear, garbage, MB, utf16le, WRONG_FILES } from './helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/attendance');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const encode = (text: string) => new TextEncoder().encode(text);

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

/** The reader's verdict: the Italian message of its refusal (checked to be clear), with the database unchanged. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const before = await contents(db);
  let message: string | null = null;
  try {
    await readAttendanceReport(bytes);
  } catch (error) {
    if (!(error instanceof AttendanceImportError)) throw error;
    message = attendanceErrorMessage(error.code, 'it', error.params);
    expectClear(message);
  }
  expect(await contents(db)).toEqual(before);
  if (message === null) throw new Error('the file was accepted');
  return message;
}

describe('the attendance-report reader, given a bad file, refuses it clearly and writes nothing', () => {
  it('empty, or blank lines only', async () => {
    expect(await refusal(fixture('empty.csv'))).toMatch(/vuoto/);
    expect(await refusal(fixture('blank-lines.csv'))).toMatch(/vuoto/);
    expect(await refusal(utf16le(''))).toMatch(/vuoto/);
  });

  it('a file of another kind picked by mistake', async () => {
    expect(await refusal(fixture('not-a-report.pdf'))).toMatch(/è un PDF/);
    expect(await refusal(WRONG_FILES.png)).toMatch(/è un PNG/);
    expect(await refusal(WRONG_FILES.exe)).toMatch(/è un EXE/);
    expect(await refusal(WRONG_FILES.zip)).toMatch(/è un ZIP/);
    expect(await refusal(WRONG_FILES.xls)).toMatch(/\.xls/);
  });

  it('random bytes, small and large', async () => {
    expect(await refusal(garbage(4096))).toMatch(/codifica|danneggiato/);
    expect(await refusal(garbage(25 * MB, 5))).toMatch(/troppo grande/);
  });

  it('foreign text: a participant list, a letter, another platform’s export', async () => {
    expect(await refusal(fixture('participant-list.csv'))).toMatch(/non sembra un report delle presenze/);
    expect(await refusal(encode('Gentile collega,\nin allegato il programma della giornata.\nCordiali saluti'))).toMatch(/non sembra un report/);
    expect(await refusal(fixture('unknown-platform.csv'))).toMatch(/Teams, Zoom, Google Meet o Webex/);
  });

  it('truncated: cut in the middle of a character, of a row, or right after the summary', async () => {
    expect(await refusal(fixture('truncated-teams.csv'))).toMatch(/incompleto/);
    expect(await refusal(fixture('truncated-zoom.csv'))).toMatch(/incompleto/);
    expect(await refusal(utf16le('1. Summary\r\nMeeting title\tPatti\r\nStart time\t4/27/26, 9:20:05 AM\r\n\r\n2. Partic'))).toMatch(/incompleto/);
    const xlsx = fixture('meet-attendance.xlsx');
    expect(await refusal(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toMatch(/danneggiato/);
  });

  it('wrongly encoded: bytes in the wrong order behind the BOM', async () => {
    expect(await refusal(fixture('wrong-encoding.csv'))).toMatch(/codifica/);
  });

  it('no usable row, or times missing altogether', async () => {
    expect(await refusal(fixture('teams-no-usable-row.csv'))).toMatch(/nessuna riga utilizzabile/);
    expect(await refusal(fixture('zoom-totals-only.csv'))).toMatch(/solo la durata totale/);
  });
});
