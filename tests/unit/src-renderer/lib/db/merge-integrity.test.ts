// Merges that used to go wrong without a word (issue 15): two people with one check-in code, and a record that
// differs on the two stations with the same time of change.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { createBackup, readBackup, restoreBackup, summariseBackup } from '../../../../../src-renderer/lib/db/backup';
import { buildBackupDocument, serialiseBackup, type BackupData } from '../../../../../src-renderer/lib/db/backup-document';
import { BACKUP_ENVIRONMENT } from '../../../../../src-renderer/lib/db/backup';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { mergeBackup, previewMerge } from '../../../../../src-renderer/lib/db/merge';
import type { Participant } from '../../../../../src-renderer/lib/domain/types';
import { addParticipants, changeStoredParticipant, contents, fill, freshDb, storedParticipant, storedParticipants } from '../../../db-helpers';

let here: OspitaDatabase;
let there: OspitaDatabase;

beforeEach(async () => {
  there = await freshDb();
  here = await freshDb();
  const shared = sampleData({ attendance: 4 });
  await fill(here, shared);
  await fill(there, structuredClone(shared));
});

const codesOf = (list: Participant[], sessionId: string) => list.filter((p) => p.sessionId === sessionId).map((p) => p.checkinCode);
const unique = (codes: string[]) => new Set(codes).size === codes.length;

/** A walk-in registered at the other door, who drew the code of someone already registered here. */
async function walkInWithCodeOf(db: OspitaDatabase, owner: string, id = 'walk-in'): Promise<Participant> {
  const p1 = (await storedParticipant(db, owner))!;
  const walkIn: Participant = { ...p1, id, surname: 'Neri', name: 'Anna', walkIn: true, createdAt: '2026-05-07T07:30:00.000Z', updatedAt: '2026-05-07T07:30:00.000Z' };
  await addParticipants(db, [walkIn]);
  return walkIn;
}

describe('two people of one session with the same check-in code', () => {
  it('after a merge have different codes: the one registered first keeps it, the preview names the other', async () => {
    const walkIn = await walkInWithCodeOf(there, 'p1');
    const report = await previewMerge(await createBackup(there), here);
    expect(report.recoded).toEqual([expect.objectContaining({ id: 'walk-in', label: 'Neri Anna', previousCode: walkIn.checkinCode, keptBy: 'Rossi Giulia', origin: 'incoming' })]);
    await mergeBackup(await createBackup(there), here);
    const after = await storedParticipants(here);
    expect(unique(codesOf(after, 's1'))).toBe(true);
    expect(after.find((p) => p.id === 'p1')!.checkinCode).toBe(walkIn.checkinCode);
    expect(after.find((p) => p.id === 'walk-in')!.checkinCode).toBe(report.recoded[0]!.code);
  });

  it('get the same codes whichever station merges into which, and a second merge changes nothing', async () => {
    await walkInWithCodeOf(there, 'p1');
    await mergeBackup(await createBackup(there), here);
    await mergeBackup(await createBackup(here), there);
    const a = await storedParticipants(here);
    const b = await storedParticipants(there);
    expect(b.map((p) => [p.id, p.checkinCode])).toEqual(a.map((p) => [p.id, p.checkinCode]));
    expect(unique(codesOf(a, 's1'))).toBe(true);
    expect((await previewMerge(await createBackup(there), here)).changesNothing).toBe(true);
    expect((await previewMerge(await createBackup(here), there)).changesNothing).toBe(true);
  });

  it('registered here after the other station’s: this station’s person gets the new code, and the preview says so', async () => {
    await walkInWithCodeOf(there, 'p1', 'walk-in-there');
    const mine = await walkInWithCodeOf(here, 'p1', 'walk-in-here');
    await changeStoredParticipant(here, mine.id, { createdAt: '2026-05-07T09:00:00.000Z', updatedAt: '2026-05-07T09:00:00.000Z', surname: 'Verdi' });
    const report = await previewMerge(await createBackup(there), here);
    expect(report.recoded.map((r) => [r.id, r.origin]).sort()).toEqual([['walk-in-here', 'local'], ['walk-in-there', 'incoming']]);
    expect(report.changesNothing).toBe(false);
    await mergeBackup(await createBackup(there), here);
    expect(unique(codesOf(await storedParticipants(here), 's1'))).toBe(true);
  });

  it('in a restored backup are made unique the same way, and the review lists them before anything is written', async () => {
    await walkInWithCodeOf(there, 'p1');
    const result = await readBackup(serialiseBackupText(await createBackup(there)));
    if (!result.ok) throw new Error(result.problem.key);
    expect(summariseBackup(result.backup).recoded).toEqual([expect.objectContaining({ id: 'walk-in', label: 'Neri Anna', keptBy: 'Rossi Giulia' })]);
    await restoreBackup(result.backup, here);
    expect(unique(codesOf(await storedParticipants(here), 's1'))).toBe(true);
  });
});

function serialiseBackupText(doc: Awaited<ReturnType<typeof createBackup>>): string {
  return serialiseBackup(doc);
}

describe('a record that differs on the two stations with the same time of change', () => {
  const sameTime = '2026-05-07T08:00:00.000Z';
  beforeEach(async () => {
    await changeStoredParticipant(here, 'p1', { phone: '333 111', updatedAt: sameTime });
    await changeStoredParticipant(there, 'p1', { phone: '333 222', updatedAt: sameTime });
  });

  it('is said in the report, never passed off as «nothing to merge»', async () => {
    const report = await previewMerge(await createBackup(there), here);
    expect(report.sameTime).toEqual([expect.objectContaining({ table: 'participants', id: 'p1', label: 'Rossi Giulia', updatedAt: sameTime })]);
  });

  it('is decided the same way whichever station merges into which', async () => {
    const forward = await freshDb();
    await fill(forward, await contents(here));
    await mergeBackup(await createBackup(there), forward);
    const backward = await freshDb();
    await fill(backward, await contents(there));
    await mergeBackup(await createBackup(here), backward);
    expect((await storedParticipant(forward, 'p1'))!.phone).toBe((await storedParticipant(backward, 'p1'))!.phone);
    // And the report of each side says which version was kept.
    const report = await previewMerge(await createBackup(there), here);
    const kept = report.sameTime[0]!.kept;
    expect(kept === 'incoming' ? '333 222' : '333 111').toBe((await storedParticipant(forward, 'p1'))!.phone);
  });
});

describe('codes stay unique when a list is restored or merged with data from before this fix', () => {
  it('a clash already in this station’s data is mended by the next merge', async () => {
    const data: BackupData = await contents(here);
    const p1 = data.participants.find((p) => p.id === 'p1')!;
    data.participants.push({ ...p1, id: 'old-clash', surname: 'Bruno', createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z' });
    const clashed = await freshDb();
    await fill(clashed, data);
    const empty = await buildBackupDocument({ ...(await contents(there)), participants: [], attendance: [] }, { ...BACKUP_ENVIRONMENT, createdAt: sameInstant, station: 'B' });
    const report = await mergeBackup(empty, clashed);
    expect(report.recoded.map((r) => [r.id, r.origin])).toEqual([['old-clash', 'local']]);
    expect(unique(codesOf(await storedParticipants(clashed), 's1'))).toBe(true);
  });
});
const sameInstant = '2026-05-07T18:00:00.000Z';
