// Purges and erasures reach every copy: a restore or a merge of a file made before them applies them again.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { createBackupJson, previewRestore, readBackup, restoreBackup } from '../../../../../src-renderer/lib/db/backup';
import type { BackupDocument } from '../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { mergeBackup, previewMerge } from '../../../../../src-renderer/lib/db/merge';
import { eraseParticipant, purgeSessionPersonalData } from '../../../../../src-renderer/lib/db/repositories/privacy';
import type { AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';
import { useDb } from '../../../../../src-renderer/lib/db/index';
import { buildBackupDocument, canonicalJson, serialiseBackup, sha256Hex } from '../../../../../src-renderer/lib/db/backup-document';
import { addEvents, fill, freshDb, participantCount, storedEvents, storedParticipant, storedParticipants } from '../../../db-helpers';
import { putFeedback, readAllFeedback } from '../../../../../src-renderer/lib/db/feedback-lists';
import type { FeedbackResponse } from '../../../../../src-renderer/lib/domain/types';

// Sample data: sessions s1 (p1, p3, p5) and s2 (p2, p4, p6); events e1–e2 of p1, e3–e4 of p2, e5–e6 of p3, e7–e8 of p4.
let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

async function backupNow(of: OspitaDatabase = db, at = new Date('2026-05-20T18:00:00Z')): Promise<BackupDocument> {
  const read = await readBackup(await createBackupJson(of, at));
  if (!read.ok) throw new Error(read.problem.key);
  return read.backup;
}

describe('a purge, then a restore of an older backup', () => {
  it('keeps the session’s personal data purged and its statistics in place', async () => {
    const older = await backupNow();
    const stats = await purgeSessionPersonalData('s1', new Date('2027-06-01T08:00:00Z'));
    // Said before the coordinator confirms: the three people of s1 stay out.
    expect(await previewRestore(older, db)).toEqual({ purged: 3, erased: 0, unsigned: 0 });
    const effect = await restoreBackup(older, db);
    expect(effect.participants).toEqual(['p1', 'p3', 'p5']);
    expect(await participantCount(db, 's1')).toBe(0);
    expect((await storedEvents(db)).filter((e) => e.sessionId === 's1')).toEqual([]);
    expect((await db.sessions.get('s1'))?.statistics).toEqual(stats);
    // The other session came back as the file had it.
    expect(await participantCount(db, 's2')).toBe(3);
    // And the ledger is still there, so the next restore does the same.
    expect(await db.privacyLedger.get('purge:s1')).toMatchObject({ kind: 'purge', sessionId: 's1' });
  });

  it('restored on another computer, a backup made after the purge carries it: an older file merged in brings nothing back', async () => {
    const older = await backupNow();
    await purgeSessionPersonalData('s1', new Date('2027-06-01T08:00:00Z'));
    const afterPurge = await backupNow(db, new Date('2027-06-01T09:00:00Z'));
    const other = await freshDb();
    await restoreBackup(afterPurge, other);
    const report = await mergeBackup(older, other);
    expect(report.purgedSkipped).toBe(7); // p1, p3, p5 and their four events
    expect(await participantCount(other, 's1')).toBe(0);
    useDb(db);
  });
});

describe('an erasure (art. 17)', () => {
  it('takes the person and their attendance out and leaves a tombstone without their name', async () => {
    const tombstone = await eraseParticipant('p1', new Date('2026-06-02T10:00:00Z'));
    expect(tombstone).toEqual({ id: 'erase:p1', kind: 'erase', participantId: 'p1', sessionId: 's1', at: '2026-06-02T10:00:00.000Z', counted: { organisation: 'Comune di Bergamo', minutes: 385, attended: true }, feedback: [] });
    expect(await storedParticipant(db, 'p1')).toBeUndefined();
    expect((await storedEvents(db)).map((e) => e.id).sort()).toEqual(['e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    expect(await participantCount(db, 's1')).toBe(2);
    const json = await createBackupJson(db);
    expect(json).not.toMatch(/persona1@|Giulia/);
    expect(await eraseParticipant('p1')).toBeNull();
  });

  it('also takes out the corrections that voided their attendance', async () => {
    const voiding: AttendanceEvent = { id: 'v1', sessionId: 's1', participantId: 'p1', day: '2026-05-07', kind: 'void', time: '', recordedAt: '2026-05-07T15:00:00.000Z', station: 'Postazione 1', source: 'correction', voidsEventId: 'e2', reason: 'uscita errata' };
    await addEvents(db, [voiding]);
    await eraseParticipant('p1');
    expect((await storedEvents(db)).some((e) => e.id === 'v1' || e.participantId === 'p1')).toBe(false);
  });

  it('then a merge of a backup made before keeps the person erased', async () => {
    const before = await backupNow();
    await eraseParticipant('p1', new Date('2026-06-02T10:00:00Z'));
    const preview = await previewMerge(before, db);
    expect(preview).toMatchObject({ erasedSkipped: 3, ledgerAdded: 0 });
    const report = await mergeBackup(before, db);
    expect(report.tables.participants.added).toBe(0);
    expect(await storedParticipant(db, 'p1')).toBeUndefined();
    expect((await storedEvents(db)).some((e) => e.participantId === 'p1')).toBe(false);
  });

  it('then a restore of a backup made before keeps the person erased', async () => {
    const before = await backupNow();
    await eraseParticipant('p3');
    await restoreBackup(before, db);
    expect(await storedParticipant(db, 'p3')).toBeUndefined();
    expect((await storedParticipants(db)).map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5', 'p6']);
    expect((await storedEvents(db)).some((e) => e.participantId === 'p3')).toBe(false);
  });

  it('made on the other station reaches this one through a merge', async () => {
    const there = await freshDb();
    await fill(there, sampleData());
    await eraseParticipant('p2', new Date('2026-06-02T10:00:00Z'));
    const fromThere = await backupNow(there);
    useDb(db);
    const report = await mergeBackup(fromThere, db);
    expect(report).toMatchObject({ ledgerAdded: 1, erasedSkipped: 3 });
    expect(await storedParticipant(db, 'p2')).toBeUndefined();
    expect((await storedEvents(db)).some((e) => e.participantId === 'p2')).toBe(false);
    expect(await db.privacyLedger.get('erase:p2')).toBeDefined();
    // Merging the same file again changes nothing.
    expect((await mergeBackup(fromThere, db)).changesNothing).toBe(true);
  });

  it('still counts, anonymously, when the session is purged later', async () => {
    await eraseParticipant('p1');
    const stats = await purgeSessionPersonalData('s1');
    expect(stats).toMatchObject({ participants: 3, attended: 2, minutes: 770 });
  });
});

describe('questionnaire answers and prepared messages', () => {
  // p4 is Colombo Chiara (session s2, a message prepared for her is on her record); p3 is Galli Nicolò (s1).
  const signed = (id: string, sessionId: string, respondentName: string): FeedbackResponse => ({
    id,
    createdAt: '2026-05-08T09:00:00.000Z',
    updatedAt: '2026-05-08T09:00:00.000Z',
    sessionId,
    respondentName,
    answers: { overall: 5, takeaway: 'Utile' },
    source: 'paper',
    externalKey: null,
  });
  beforeEach(async () => {
    await db.transaction('rw', db.feedbackLists, async () => {
      await putFeedback(db, [signed('rb', 's2', 'COLOMBO, Chiara'), signed('rg', 's1', 'Nicolo Galli'), signed('rx', 's2', 'Chiara Colombini')]);
    });
  });
  const answer = async (id: string) => (await readAllFeedback(db)).find((r) => r.id === id);

  it('an erasure takes the name off the answers the person signed, keeps the answers, and lists them in the tombstone', async () => {
    expect((await storedParticipant(db, 'p4'))?.messages).toHaveLength(1);
    const tombstone = await eraseParticipant('p4', new Date('2026-06-02T10:00:00Z'));
    expect(tombstone?.feedback).toEqual(['rb']);
    // Their record goes with the messages prepared for them.
    expect(await storedParticipant(db, 'p4')).toBeUndefined();
    expect(await answer('rb')).toMatchObject({ respondentName: '', answers: { overall: 5, takeaway: 'Utile' }, updatedAt: '2026-06-02T10:00:00.000Z' });
    // Someone else with a similar name keeps theirs.
    expect((await answer('rx'))?.respondentName).toBe('Chiara Colombini');
    expect(await createBackupJson(db)).not.toMatch(/COLOMBO|persona4@/);
  });

  it('a restore of a backup made before an erasure says who stays out, and brings neither the person nor their name back', async () => {
    const before = await backupNow();
    await eraseParticipant('p4');
    expect(await previewRestore(before, db)).toEqual({ purged: 0, erased: 1, unsigned: 1 });
    await restoreBackup(before, db);
    expect(await storedParticipant(db, 'p4')).toBeUndefined();
    expect((await answer('rb'))?.respondentName).toBe('');
    expect((await answer('rx'))?.respondentName).toBe('Chiara Colombini');
  });

  it('a merge of a backup made before an erasure, or made on the station that erased, keeps the name off', async () => {
    const before = await backupNow();
    await eraseParticipant('p4', new Date('2026-06-02T10:00:00Z'));
    await mergeBackup(before, db);
    expect((await answer('rb'))?.respondentName).toBe('');

    // The other way round: this station still has the signed answer, the file brings the tombstone.
    const there = await freshDb();
    await restoreBackup(before, there);
    const afterErasure = await backupNow(db);
    const report = await mergeBackup(afterErasure, there);
    expect(report.ledgerAdded).toBe(1);
    expect((await readAllFeedback(there)).find((r) => r.id === 'rb')?.respondentName).toBe('');
    expect(await storedParticipant(there, 'p4')).toBeUndefined();
    useDb(db);
  });

  it('a purge of a session, then a restore of an older backup: its people stay out and its answers come back without names', async () => {
    const before = await backupNow();
    await purgeSessionPersonalData('s1', new Date('2027-06-01T08:00:00Z'));
    expect((await answer('rg'))?.respondentName).toBe('');
    expect(await previewRestore(before, db)).toEqual({ purged: 3, erased: 0, unsigned: 1 });
    await restoreBackup(before, db);
    expect((await answer('rg'))?.respondentName).toBe('');
    expect(await participantCount(db, 's1')).toBe(0);
    // The other session's signed answer is untouched.
    expect((await answer('rb'))?.respondentName).toBe('COLOMBO, Chiara');
  });
});

describe('a backup written before the privacy ledger existed', () => {
  it('restores with an empty ledger, and this database’s erasures are applied to it', async () => {
    const before = await backupNow();
    await eraseParticipant('p1');
    // The file as version 5 wrote it: no privacyLedger in its data or its counts, its checksum over that.
    const doc = await buildBackupDocument(before.data, { appVersion: before.appVersion, schemaVersion: 5, createdAt: before.createdAt, station: before.station });
    const withoutLedger = JSON.parse(serialiseBackup(doc));
    delete withoutLedger.data.privacyLedger;
    delete withoutLedger.counts.privacyLedger;
    delete withoutLedger.checksum;
    withoutLedger.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(withoutLedger)) };
    const read = await readBackup(JSON.stringify(withoutLedger));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.data.privacyLedger).toEqual([]);
    await restoreBackup(read.backup, db);
    expect(await storedParticipant(db, 'p1')).toBeUndefined();
    expect(await db.privacyLedger.count()).toBe(1);
  });
});
