import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { createBackup } from '../../../../../src-renderer/lib/db/backup';
import type { BackupDocument } from '../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { mergeBackup, previewMerge, sameRecord } from '../../../../../src-renderer/lib/db/merge';
import type { AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';
import { deleteSessionLog } from '../../../../../src-renderer/lib/db/attendance-days';
import { addEvents, addParticipants, changeStoredParticipant, contents, dropSessionParticipants, fill, freshDb, participantCount, storedEvents, storedParticipant } from '../../../db-helpers';

let here: OspitaDatabase;
let there: OspitaDatabase;

/** Both stations start from the same backup (the morning's copy), then each records its own check-ins. */
beforeEach(async () => {
  there = await freshDb();
  here = await freshDb();
  const shared = sampleData({ attendance: 4 });
  await fill(here, shared);
  await fill(there, structuredClone(shared));
});

function checkIn(id: string, participantId: string, station: string): AttendanceEvent {
  return { id, sessionId: 's1', participantId, day: '2026-05-07', kind: 'in', time: '09:10', recordedAt: '2026-05-07T07:10:00.000Z', station, source: 'desk', voidsEventId: null, reason: '' };
}

const backupOf = (db: OspitaDatabase): Promise<BackupDocument> => createBackup(db);

describe('merging a second station', () => {
  it('adds the other station’s check-ins without losing or doubling any', async () => {
    await addEvents(here, [checkIn('here-1', 'p3', 'Ingresso A'), checkIn('here-2', 'p5', 'Ingresso A')]);
    await addEvents(there, [checkIn('there-1', 'p1', 'Ingresso B'), checkIn('there-2', 'p2', 'Ingresso B'), checkIn('there-3', 'p4', 'Ingresso B')]);
    const report = await mergeBackup(await backupOf(there), here);
    expect(report.attendanceAdded).toBe(3);
    expect(report.attendanceAlreadyPresent).toBe(4);
    const ids = (await storedEvents(here)).map((e) => e.id).sort();
    expect(ids).toEqual(['e1', 'e2', 'e3', 'e4', 'here-1', 'here-2', 'there-1', 'there-2', 'there-3']);
  });

  it('changes nothing when the same file is merged twice', async () => {
    await addEvents(there, [checkIn('there-1', 'p1', 'Ingresso B')]);
    await changeStoredParticipant(there, 'p2', { email: 'nuova@comune.example.it', updatedAt: '2026-05-07T08:00:00.000Z' });
    const doc = await backupOf(there);
    await mergeBackup(doc, here);
    const afterFirst = await contents(here);
    const second = await mergeBackup(doc, here);
    expect(second.changesNothing).toBe(true);
    expect(await contents(here)).toEqual(afterFirst);
  });

  it('keeps the latest change of a record and reports the records changed on both stations', async () => {
    await changeStoredParticipant(here, 'p1', { phone: '333 111', updatedAt: '2026-05-07T08:00:00.000Z' });
    await changeStoredParticipant(there, 'p1', { phone: '333 222', updatedAt: '2026-05-07T09:00:00.000Z' });
    await changeStoredParticipant(here, 'p2', { notes: 'celiaca', updatedAt: '2026-05-07T10:00:00.000Z' });
    await changeStoredParticipant(there, 'p2', { notes: 'vegana', updatedAt: '2026-05-07T09:30:00.000Z' });
    const report = await previewMerge(await backupOf(there), here);
    expect(report.conflicts.map((c) => [c.id, c.label, c.kept])).toEqual([
      ['p1', 'Rossi Giulia', 'incoming'],
      ['p2', 'Bianchi Marco', 'local'],
    ]);
    expect(await storedParticipant(here, 'p1')).toMatchObject({ phone: '333 111' });
    await mergeBackup(await backupOf(there), here);
    expect(await storedParticipant(here, 'p1')).toMatchObject({ phone: '333 222' });
    expect(await storedParticipant(here, 'p2')).toMatchObject({ notes: 'celiaca' });
  });

  it('takes a change made only on the other station without calling it a conflict', async () => {
    await there.sessions.update('s1', { venue: 'Villa Reale', updatedAt: '2026-05-01T08:00:00.000Z' });
    await addParticipants(there, [{ ...(await storedParticipant(there, 'p1'))!, id: 'walk-in', surname: 'Neri', walkIn: true }]);
    const report = await mergeBackup(await backupOf(there), here);
    expect(report.conflicts).toEqual([]);
    expect(report.tables.sessions).toMatchObject({ updated: 1 });
    expect(report.tables.participants).toMatchObject({ added: 1 });
    expect(await here.sessions.get('s1')).toMatchObject({ venue: 'Villa Reale' });
    expect(await storedParticipant(here, 'walk-in')).toMatchObject({ surname: 'Neri' });
  });

  it('brings the newer Word template from the other station, and one this station lacks, keeping its own when newer', async () => {
    await there.documentTemplates.put({ id: 'certificate', fileName: 'Attestato 2027.docx', data: 'UEsDBA==', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-06-01T09:00:00.000Z' });
    await there.documentTemplates.put({ id: 'programme', fileName: 'Programma.docx', data: 'UEsDBA==', createdAt: '2026-06-01T09:00:00.000Z', updatedAt: '2026-06-01T09:00:00.000Z' });
    const report = await mergeBackup(await backupOf(there), here);
    expect(report.tables.documentTemplates).toMatchObject({ added: 1, updated: 1 });
    expect((await here.documentTemplates.get('certificate'))?.fileName).toBe('Attestato 2027.docx');
    expect(await here.documentTemplates.get('programme')).toBeDefined();
    await here.documentTemplates.update('certificate', { fileName: 'Attestato 2028.docx', updatedAt: '2026-07-01T09:00:00.000Z' });
    const again = await mergeBackup(await backupOf(there), here);
    expect(again.tables.documentTemplates).toMatchObject({ keptLocal: 1 });
    expect(again.conflicts.map((c) => [c.table, c.label, c.kept])).toEqual([['documentTemplates', 'Attestato 2028.docx', 'local']]);
    expect((await here.documentTemplates.get('certificate'))?.fileName).toBe('Attestato 2028.docx');
  });

  it('never brings back personal data of a session purged here, and applies a purge made there', async () => {
    const stats = { purgedAt: '2027-06-01T00:00:00.000Z', participants: 3, attended: 2, minutes: 840, byOrganisation: [] };
    await here.transaction('rw', here.sessions, here.participantLists, here.attendanceDays, async () => {
      await here.sessions.update('s1', { statistics: stats, updatedAt: stats.purgedAt });
      await dropSessionParticipants(here, 's1');
      await deleteSessionLog(here, 's1');
    });
    const report = await mergeBackup(await backupOf(there), here);
    expect(report.purgedSkipped).toBe(3 + 2); // three participants of s1 and the two events of p1
    expect(await participantCount(here, 's1')).toBe(0);
    expect((await storedEvents(here)).filter((e) => e.sessionId === 's1').length).toBe(0);
    expect((await storedEvents(here)).length).toBe(2);

    // Now the other way round: the other station purged s2.
    const third = await freshDb();
    await fill(third, sampleData({ attendance: 4 }));
    await third.sessions.update('s2', { statistics: stats, updatedAt: stats.purgedAt });
    await dropSessionParticipants(third, 's2');
    const fresh = await freshDb();
    await fill(fresh, sampleData({ attendance: 4 }));
    await mergeBackup(await backupOf(third), fresh);
    expect(await participantCount(fresh, 's2')).toBe(0);
    expect((await fresh.sessions.get('s2'))?.statistics).toEqual(stats);
  });

  it('keeps the messages prepared on both stations, so neither coordinator sends a confirmation twice', async () => {
    const here1 = { kind: 'conferma' as const, preparedAt: '2026-04-10T08:00:00.000Z', station: 'Ingresso A' };
    const there1 = { kind: 'promemoria' as const, preparedAt: '2026-05-06T08:00:00.000Z', station: 'Ingresso B' };
    await changeStoredParticipant(here, 'p2', { messages: [here1] });
    await changeStoredParticipant(there, 'p2', { messages: [there1] });
    // The other station also corrected the phone later: its copy wins, and still keeps our confirmation.
    await changeStoredParticipant(there, 'p5', { phone: '039 999999', updatedAt: '2026-05-01T08:00:00.000Z', messages: [there1] });
    await changeStoredParticipant(here, 'p5', { messages: [here1] });
    const report = await mergeBackup(await backupOf(there), here);
    expect(report.conflicts).toEqual([]);
    expect((await storedParticipant(here, 'p2'))?.messages).toEqual([here1, there1]);
    expect(await storedParticipant(here, 'p5')).toMatchObject({ phone: '039 999999', messages: [here1, there1] });
    // Merging the same file again changes nothing.
    expect((await previewMerge(await backupOf(there), here)).changesNothing).toBe(true);
  });

  it('writes everything or nothing', async () => {
    const before = await contents(here);
    const doc = await backupOf(there);
    // An event without a day: IndexedDB refuses its key after the offer was written in the same transaction.
    const event = { ...checkIn('dayless', 'p1', 'B'), day: undefined as unknown as string };
    const broken = { ...doc, data: { ...doc.data, offers: [{ ...doc.data.offers[0]!, title: 'Cambiato', updatedAt: '2030-01-01T00:00:00.000Z' }], attendance: [event] } };
    await expect(mergeBackup(broken, here)).rejects.toThrow();
    expect(await contents(here)).toEqual(before);
  });

  it('compares records whatever the order of their fields', () => {
    expect(sameRecord({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
