// Backups whose checksum is right but whose content does not hold together (found by the crash test of issue 15):
// impossible dates and times, records pointing at records the file does not hold, two people with one check-in
// code. Each is either refused with a clear Italian message naming the record, or (for the codes) made safe and
// said in the review; nothing hangs, and a refused file changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../scripts/lib/sample-data';
import { buildBackupDocument, serialiseBackup, type BackupData } from '../../../src-renderer/lib/db/backup-document';
import { BACKUP_ENVIRONMENT } from '../../../src-renderer/lib/db/backup';
import type { OspitaDatabase } from '../../../src-renderer/lib/db/database';
import { BackupFlow, type BackupMode } from '../../../src-renderer/features/settings/backup-flow.svelte';
import { contents, fill, freshDb } from '../db-helpers';
import { expectClear, italian } from './helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

/** A backup of other data, changed by `edit`, with a checksum that matches the change. */
async function backupWith(edit: (data: BackupData) => void): Promise<Uint8Array> {
  const data = structuredClone(sampleData({ prefix: 'other-', participants: 8, attendance: 8 }));
  edit(data);
  const doc = await buildBackupDocument(data, { ...BACKUP_ENVIRONMENT, createdAt: '2026-05-07T18:00:00.000Z', station: 'Postazione 2' });
  return new TextEncoder().encode(serialiseBackup(doc));
}

/** Runs the Settings screen's flow; returns the Italian message of the refusal and checks nothing changed. */
async function refused(bytes: Uint8Array, mode: BackupMode): Promise<string> {
  const before = await contents(db);
  const flow = new BackupFlow();
  await flow.openFile(new File([bytes as Uint8Array<ArrayBuffer>], 'backup.json'), mode);
  const step = flow.step;
  if (step.kind !== 'error') throw new Error(`the file was not refused (step ${step.kind})`);
  const text = italian(step.message.key, step.message.params);
  expectClear(text);
  expect(await contents(db)).toEqual(before);
  return text;
}

const IMPOSSIBLE: [string, (d: BackupData) => void, RegExp][] = [
  ['a session day 2026-13-45', (d) => (d.sessions[0]!.days = ['2026-13-45']), /sessioni, elemento n\. 1.*days.*2026-13-45/],
  ['a session day 30 February', (d) => (d.sessions[1]!.days = ['2026-02-30']), /2026-02-30/],
  ['a first day that is no date', (d) => (d.sessions[0]!.firstDay = '2026-00-10'), /firstDay/],
  ['a candidate date of an offer', (d) => (d.offers[0]!.candidateSessions = [{ days: ['2026-04-31'] }]), /offerte.*2026-04-31/],
  ['an attendance day', (d) => (d.attendance[2]!.day = '2026-05-32'), /presenze, elemento n\. 3/],
  ['an entry at 25:70', (d) => (d.attendance[0]!.time = '25:70'), /presenze.*time.*25:70/],
  ['an entry with no time', (d) => (d.attendance[0]!.time = ''), /presenze, elemento n\. 1/],
  ['an agenda item ending at 9.30', (d) => (d.agendaItems[0]!.end = '9.30'), /voci di programma.*end/],
  ['a working day starting at 8 o’clock written “8”', (d) => (d.settings[0]!.dayStart = '8'), /impostazioni.*dayStart/],
  ['an instant on 31 April', (d) => (d.participants[3]!.updatedAt = '2026-04-31T10:00:00.000Z'), /partecipanti, elemento n\. 4.*updatedAt/],
  ['an instant that is a word', (d) => (d.offers[0]!.createdAt = 'ieri sera!'), /offerte.*createdAt/],
  ['a consent date 2026-02-29 (not a leap year)', (d) => (d.participants[0]!.consent = { given: true, date: '2026-02-29' }), /consent/],
  ['a recording instant at hour 24', (d) => (d.attendance[1]!.recordedAt = '2026-05-07T24:10:00.000Z'), /recordedAt/],
];

const ORPHANS: [string, (d: BackupData) => void, RegExp][] = [
  ['a participant of a session that does not exist', (d) => (d.participants[2]!.sessionId = 'sessione-fantasma'), /partecipante «Galli Nicolò».*sessione-fantasma/],
  ['attendance of a participant that does not exist', (d) => (d.attendance[4]!.participantId = 'persona-fantasma'), /registrazione di presenza n\. 5.*persona-fantasma/],
  ['attendance filed under another session than its participant’s', (d) => (d.attendance[0]!.sessionId = 'other-s2'), /registrazione di presenza n\. 1.*other-s2/],
  ['attendance of a session that does not exist', (d) => (d.attendance[0]!.sessionId = 'sessione-fantasma'), /registrazione di presenza n\. 1.*sessione-fantasma/],
  ['an agenda item of a session that does not exist', (d) => (d.agendaItems[1]!.sessionId = 'sessione-fantasma'), /voce di programma «Pranzo».*sessione-fantasma/],
  ['a session of an offer that does not exist', (d) => (d.sessions[0]!.offerId = 'offerta-fantasma'), /sessione di giovedì 7 maggio 2026.*offerta-fantasma/],
  ['a questionnaire of an offer that does not exist', (d) => (d.questionnaires[0]!.offerId = 'offerta-fantasma'), /questionario n\. 1 .*offerta-fantasma/],
  ['an answer to the questionnaire of a session that does not exist', (d) => (d.feedback[1]!.sessionId = 'sessione-fantasma'), /risposta al questionario n\. 2 .*sessione-fantasma/],
];

for (const mode of ['restore', 'merge'] as const) {
  describe(`${mode === 'restore' ? 'restoring' : 'merging'} a backup with an impossible date, time or instant is refused, naming it`, () => {
    for (const [what, edit, expected] of IMPOSSIBLE) {
      it(what, async () => {
        expect(await refused(await backupWith(edit), mode)).toMatch(expected);
      });
    }
  });

  describe(`${mode === 'restore' ? 'restoring' : 'merging'} a backup whose records point at nothing is refused, naming the record`, () => {
    for (const [what, edit, expected] of ORPHANS) {
      it(what, async () => {
        expect(await refused(await backupWith(edit), mode)).toMatch(expected);
      });
    }
  });
}

describe('an unexpected failure while a file is checked', () => {
  it('ends in a clear message instead of «Controllo del contenuto…» for good', async () => {
    const good = await backupWith(() => {});
    db.close(); // the preview of a merge reads the database: now it throws
    const flow = new BackupFlow();
    await flow.openFile(new File([good as Uint8Array<ArrayBuffer>], 'backup.json'), 'merge');
    expect(flow.step.kind).toBe('error');
    if (flow.step.kind === 'error') {
      const text = italian(flow.step.message.key, flow.step.message.params);
      expectClear(text);
      expect(text).toMatch(/errore imprevisto .*I dati non sono stati modificati/);
    }
  });

  it('a review that cannot be drawn becomes the same refusal, and the panel can be closed', () => {
    const flow = new BackupFlow();
    flow.failedToShow(new RangeError('Not a yyyy-MM-dd date: 2026-13-45'));
    expect(flow.step.kind).toBe('error');
    if (flow.step.kind === 'error') expectClear(italian(flow.step.message.key, flow.step.message.params));
    flow.reset();
    expect(flow.step.kind).toBe('idle');
  });
});
