// The journal end to end, on fake-indexeddb and the real main-process handlers: every write journaled with the
// database's marker, and at start-up a database Chromium emptied (or left behind) rebuilt from the newest
// automatic backup plus the journal, after the coordinator's confirmation, all at once or not at all.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { autoBackups, startAutoBackups } from '../../../../../src-renderer/lib/auto-backup.svelte';
import { readAllData } from '../../../../../src-renderer/lib/db/backup';
import { peekBackup } from '../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { checkIn, undoLast } from '../../../../../src-renderer/lib/db/repositories/attendance';
import { effectiveEvents } from '../../../../../src-renderer/lib/domain/attendance';
import { registerParticipant, updateParticipant } from '../../../../../src-renderer/lib/db/repositories/participants';
import { deleteSessionCascade } from '../../../../../src-renderer/lib/db/repositories/sessions';
import { importResponses, resetQuestions, saveQuestions, saveResponses } from '../../../../../src-renderer/lib/db/repositories/feedback';
import { deleteOfferCascade } from '../../../../../src-renderer/lib/db/repositories/offers';
import { purgeSessionPersonalData } from '../../../../../src-renderer/lib/db/repositories/privacy';
import { defaultQuestions } from '../../../../../src-renderer/lib/domain/feedback';
import { useHost, type HostApi } from '../../../../../src-renderer/lib/host';
import { journal } from '../../../../../src-renderer/lib/journal/journal.svelte';
import { countData } from '../../../../../src-renderer/lib/journal/replay';
import { startup } from '../../../../../src-renderer/lib/journal/startup.svelte';
import { fill, freshDb } from '../../../db-helpers';
import { mainHost, type MainHost } from '../../../main-host';

const DAY = '2026-05-07';
let db: OspitaDatabase;
let host: MainHost;

beforeEach(async () => {
  db = await freshDb();
  host = mainHost();
  useHost(host);
});

afterEach(() => {
  journal.status = 'off';
});

/** A station that has been in use: sample data, marked by the start-up check, and its first backup written. */
async function stationInUse(): Promise<void> {
  await fill(db, sampleData({ sessions: 2, participants: 6, attendance: 0 }));
  await startup.run();
  expect(startup.phase).toBe('ready');
  await waitFor(async () => (await host.listBackups()).some((b) => b.reason === 'start'));
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

/** As Chromium does after a kill that tore its log: the database is gone, a new empty one opens. */
async function chromiumDeletesTheDatabase(): Promise<void> {
  db.close();
  await db.delete();
  db = await freshDb();
}

async function checkedIn(): Promise<string[]> {
  const data = await readAllData(db);
  return effectiveEvents(data.attendance).filter((e) => e.kind === 'in').map((e) => e.participantId).sort();
}

describe('the journal', () => {
  it('holds every confirmed change, and the database’s marker follows it', async () => {
    await stationInUse();
    const walkIn = await registerParticipant('s1', { surname: 'Nuova', name: 'Ospite', organisation: 'Comune di Lodi', role: '', email: '', phone: '', notes: '', consent: { given: true, date: null } }, { walkIn: true });
    expect(walkIn.kind).toBe('registered');
    const id = walkIn.kind === 'registered' ? walkIn.participant.id : '';
    await checkIn('s1', id, DAY, '09:05');
    const state = await host.journalOpen();
    const kinds = state.entries.map((e) => (JSON.parse(e.change) as { ops: { op: string; table?: string }[] }).ops.map((o) => o.table ?? o.op).join('+'));
    expect(kinds).toEqual(['participants', 'events']);
    // One participant in the change, not the session's whole list.
    expect((JSON.parse(state.entries[0]!.change) as { ops: { records: unknown[] }[] }).ops[0]!.records).toHaveLength(1);
    expect(await db.meta.get('journal')).toMatchObject({ journalId: state.id, position: state.last });
  });

  it('is trimmed once a backup holds its changes', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    await checkIn('s1', 'p3', DAY, '09:06');
    expect((await host.journalOpen()).entries).toHaveLength(2);
    await autoBackups.write('checkin');
    // The backup says which journal position it holds: the database's marker when it was read.
    const [newest] = await host.listBackups();
    const marker = (await db.meta.get('journal'))!;
    expect(peekBackup(await host.readBackup(newest!.name))?.journal).toEqual({ id: marker.journalId, position: marker.position });
    await checkIn('s1', 'p5', DAY, '09:07');
    const state = await host.journalOpen();
    expect(state.entries.map((e) => e.seq)).toEqual([state.last]);
  });
});

describe('recovery at start-up', () => {
  it('empty database + journal: shows what was lost and what comes back, and rebuilds it once confirmed', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    await autoBackups.write('checkin');
    // After the backup: check-ins, an undo, an edit, a deletion. Only the journal has them.
    await checkIn('s1', 'p3', DAY, '09:06');
    await checkIn('s1', 'p5', DAY, '09:07');
    await undoLast('s1', DAY);
    await updateParticipant('p3', { surname: 'Bianchi-Verdi', name: 'Marco', organisation: 'Comune di Lecco', role: '', email: '', phone: '', notes: '', consent: { given: true, date: '2026-04-01' } });
    await deleteSessionCascade('s2');
    const expected = await readAllData(db);

    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.phase).toBe('recovery');
    const step = startup.step;
    expect(step.kind).toBe('review');
    if (step.kind !== 'review') return;
    expect(step.preview).toMatchObject({ why: 'emptied', base: { kind: 'backup', name: expect.stringMatching(/-checkin\.json$/) }, replayed: 5, warnings: [] });
    expect(step.preview.before).toMatchObject({ sessions: 0, participants: 0, checkIns: 0 });
    expect(step.preview.after).toMatchObject({ sessions: 1, participants: 3, checkIns: 2 });
    // Nothing is written before the confirmation.
    expect(countData(await readAllData(db)).sessions).toBe(0);

    await startup.confirm();
    expect(startup.step).toMatchObject({ kind: 'done', after: { checkIns: 2 } });
    startup.finish();
    expect(startup.phase).toBe('ready');
    const recovered = await readAllData(db);
    expect(recovered.attendance.map((e) => e.id).sort()).toEqual(expected.attendance.map((e) => e.id).sort());
    expect(recovered.participants.find((p) => p.id === 'p3')?.surname).toBe('Bianchi-Verdi');
    expect(recovered.sessions.map((s) => s.id)).toEqual(['s1']);
    // The recovered data is itself an automatic backup, and the journal starts after it.
    expect((await host.listBackups())[0]?.reason).toBe('recovery');
    expect((await host.journalOpen()).entries).toEqual([]);
    // And the app goes on writing.
    await checkIn('s1', 'p1', '2026-05-08', '09:00');
    expect(await checkedIn()).toEqual(['p1', 'p1', 'p3']);
  });

  it('questionnaires and answers (typed, imported, changed, removed, names purged, deleted with their offer) come back from the journal', async () => {
    await stationInUse();
    await autoBackups.write('checkin');
    const s1 = (await db.sessions.get('s1'))!;
    const s2 = (await db.sessions.get('s2'))!;
    const questions = [...defaultQuestions(), { id: 'q-extra', kind: 'scale' as const, text: 'Quanto è stata utile la visita?' }];
    await saveQuestions(s1.offerId, questions);
    await saveResponses('s1', questions, [
      { id: null, respondentName: 'Anna Neri', answers: { overall: 5, 'q-extra': 4 } },
      { id: null, respondentName: '', answers: { overall: 3, comments: 'Troppo lunga' } },
      { id: null, respondentName: '', answers: { overall: 2 } },
    ], []);
    await importResponses('s1', [{ externalKey: 'row-1', respondentName: 'Luca Bassi', answers: { overall: 4, usefulness: 5 } }]);
    const typed = (await readAllData(db)).feedback.filter((r) => r.source === 'paper');
    const [first, , third] = typed;
    await saveResponses('s1', questions, [{ id: first!.id, respondentName: 'Anna Neri', answers: { overall: 4, 'q-extra': 4 } }], [third!.id]);
    await purgeSessionPersonalData('s1');
    if (s2.offerId !== s1.offerId) {
      await saveQuestions(s2.offerId, defaultQuestions().slice(0, 2));
      await resetQuestions(s2.offerId);
    }
    await saveResponses('s2', defaultQuestions(), [{ id: null, respondentName: 'Gone', answers: { overall: 1 } }], []);
    await deleteSessionCascade('s2');
    const expected = await readAllData(db);
    expect(expected.questionnaires.find((q) => q.offerId === s1.offerId)?.questions).toHaveLength(questions.length);
    const ours = expected.feedback.filter((r) => r.sessionId === 's1');
    expect(ours.filter((r) => r.externalKey === 'row-1')).toHaveLength(1);
    expect(ours.some((r) => r.id === third!.id)).toBe(false);
    expect(ours.find((r) => r.id === first!.id)?.answers).toEqual({ overall: 4, 'q-extra': 4 });
    expect(ours.every((r) => r.respondentName === '')).toBe(true);
    expect(expected.feedback.some((r) => r.sessionId === 's2')).toBe(false);

    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.step.kind).toBe('review');
    await startup.confirm();
    startup.finish();
    const recovered = await readAllData(db);
    expect(recovered.questionnaires).toEqual(expected.questionnaires);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(recovered.feedback)).toEqual(byId(expected.feedback));

    // An offer deleted takes its questionnaire along, in the journal too.
    await deleteOfferCascade(s1.offerId);
    await chromiumDeletesTheDatabase();
    await startup.run();
    await startup.confirm();
    startup.finish();
    const afterDelete = await readAllData(db);
    expect(afterDelete.questionnaires.some((q) => q.offerId === s1.offerId)).toBe(false);
    expect(afterDelete.feedback.some((r) => r.sessionId === 's1')).toBe(false);
    expect(afterDelete.feedback).toEqual(expected.feedback.filter((r) => r.sessionId !== 's1'));
  });

  it('older database + journal: the changes it lacks are added on top of it', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    await checkIn('s1', 'p3', DAY, '09:06');
    // LevelDB lost the tail of its log: the last check-in and the marker that came with it.
    const marker = (await db.meta.get('journal'))!;
    await db.transaction('rw', [db.attendanceDays, db.meta], async () => {
      const dayRecord = (await db.attendanceDays.get(['s1', DAY]))!;
      await db.attendanceDays.put({ ...dayRecord, events: dayRecord.events.slice(0, 1) });
      await db.meta.put({ ...marker, position: marker.position - 1 });
    });
    await startup.run();
    const step = startup.step;
    expect(step).toMatchObject({ kind: 'review', preview: { why: 'behind', base: { kind: 'database' }, replayed: 1 } });
    await startup.confirm();
    startup.finish();
    expect(await checkedIn()).toEqual(['p1', 'p3']);
  });

  it('a check-in in the database but not in the journal (killed between the two writes) is secured at the next start', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    // The kill: IndexedDB committed p3's check-in (and moved its marker), the journal's write never landed.
    useHost({ ...host, journalAppend: () => new Promise<void>(() => undefined) });
    void checkIn('s1', 'p3', DAY, '09:06');
    await waitFor(async () => (await checkedIn()).includes('p3'));
    expect((await host.journalOpen()).entries.map((e) => JSON.parse(e.change).ops[0].events[0].participantId)).toEqual(['p1']);

    // The next start: the database is ahead of the journal. The desk then confirms p3 («già presente»)…
    useHost(host);
    await startup.run();
    expect(startup.phase).toBe('ready');
    expect(await checkIn('s1', 'p3', DAY, '09:07')).toMatchObject({ status: 'already' });
    // …so it must survive Chromium throwing the database away at the start after.
    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.step).toMatchObject({ kind: 'review', preview: { why: 'emptied' } });
    await startup.confirm();
    startup.finish();
    expect(await checkedIn()).toEqual(['p1', 'p3']);
  });

  it('a database ahead of the journal that cannot be backed up holds the app on the check, and a retry goes on', async () => {
    await stationInUse();
    useHost({ ...host, journalAppend: () => new Promise<void>(() => undefined) });
    void checkIn('s1', 'p3', DAY, '09:06');
    await waitFor(async () => (await checkedIn()).includes('p3'));
    useHost({ ...host, writeBackup: () => Promise.reject(new Error('disco pieno')) });
    await startup.run();
    expect(startup.phase).toBe('recovery');
    expect(startup.step).toMatchObject({ kind: 'failed', detail: 'disco pieno' });
    useHost(host);
    await startup.prepare();
    expect(startup.phase).toBe('ready');
    const [newest] = await host.listBackups();
    expect(peekBackup(await host.readBackup(newest!.name))?.counts.attendance).toBe(1);
  });

  it('a check-in the journal refused is copied to a backup before the desk confirms it', async () => {
    await stationInUse();
    const stop = startAutoBackups();
    try {
      useHost({ ...host, journalAppend: () => Promise.reject(new Error('registro bloccato')) });
      const before = (await host.listBackups()).length;
      expect(await checkIn('s1', 'p3', DAY, '09:06')).toMatchObject({ status: 'checkedIn' });
      expect(journal.status).toBe('unavailable');
      expect((await host.listBackups()).length).toBe(before + 1);
      // The journal still unavailable: the next change too.
      expect(await checkIn('s1', 'p5', DAY, '09:07')).toMatchObject({ status: 'checkedIn' });
    } finally {
      stop();
    }
    useHost(host);
    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.step).toMatchObject({ kind: 'review', preview: { why: 'emptied' } });
    await startup.confirm();
    startup.finish();
    expect(await checkedIn()).toEqual(['p3', 'p5']);
  });

  it('a failure in the middle changes nothing, and the recovery can be tried again', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.step.kind).toBe('review');
    let failures = 1;
    const flaky: HostApi = {
      ...host,
      writeBackup: async (request) => {
        if (failures-- > 0) throw new Error('disco pieno');
        return host.writeBackup(request);
      },
    };
    useHost(flaky);
    await startup.confirm();
    expect(startup.step).toMatchObject({ kind: 'failed', detail: 'disco pieno' });
    expect(countData(await readAllData(db)).participants).toBe(0);
    await startup.prepare();
    await startup.confirm();
    expect(startup.step.kind).toBe('done');
    expect(await checkedIn()).toEqual(['p1']);
  });

  it('empty database, journal trimmed, backups gone: says it cannot rebuild, and starts afresh only when told', async () => {
    await stationInUse();
    await checkIn('s1', 'p1', DAY, '09:05');
    await autoBackups.write('checkin');
    await checkIn('s1', 'p3', DAY, '09:06');
    await checkIn('s1', 'p5', DAY, '09:07');
    // The journal holds only what came after the backup, and the backups are gone.
    await rm(join(host.dir, 'userData', 'backups'), { recursive: true, force: true });
    await chromiumDeletesTheDatabase();
    await startup.run();
    expect(startup.phase).toBe('recovery');
    expect(startup.step).toMatchObject({ kind: 'unrecoverable' });
    // Nothing goes on until the coordinator says so; then the database is the journal's, and the question is not asked again.
    await startup.startAfresh();
    expect(startup.phase).toBe('ready');
    await startup.run();
    expect(startup.phase).toBe('ready');
  });

  it('empty database, no journal entries and no backup: a first start, not a recovery', async () => {
    await startup.run();
    expect(startup.phase).toBe('ready');
    expect(await db.meta.count()).toBe(0);
  });

  it('a restore cut short after its backup was written is completed at the next start', async () => {
    await stationInUse();
    const { BackupFlow } = await import('../../../../../src-renderer/features/settings/backup-flow.svelte');
    const { buildBackupDocument, serialiseBackup } = await import('../../../../../src-renderer/lib/db/backup-document');
    const other = sampleData({ sessions: 3, participants: 9, attendance: 4, prefix: 'x-' });
    const file = serialiseBackup(await buildBackupDocument(other, { appVersion: '0.1.0', schemaVersion: 6, createdAt: '2026-05-08T10:00:00.000Z', station: 'B' }));
    const flow = new BackupFlow();
    await flow.openFile(new File([file], 'altro.json'), 'restore');
    expect(flow.step.kind).toBe('review');
    // The window dies just after the restored data was saved as a backup, before the database was replaced.
    const dying: HostApi = {
      ...host,
      writeBackup: async (request) => {
        const entry = await host.writeBackup(request);
        if (request.reason === 'restore') throw new Error('finestra chiusa');
        return entry;
      },
    };
    useHost(dying);
    await flow.confirm();
    expect(countData(await readAllData(db)).sessions).toBe(2);
    useHost(host);
    await startup.run();
    expect(startup.step).toMatchObject({ kind: 'review', preview: { why: 'behind', base: { kind: 'backup', name: expect.stringMatching(/-restore\.json$/) } } });
    await startup.confirm();
    expect(countData(await readAllData(db))).toMatchObject({ sessions: 3, participants: 9 });
  });
});
