// The one place that reads what a session's handouts are made from, for the screens and (through a backup opened
// as the database) the command-line tools.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../../scripts/lib/sample-data';
import { sessionInput } from '../../../../../../scripts/lib/session-documents';
import { buildBackupDocument } from '../../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import {
  findProgrammeSource,
  findSessionDocumentInput,
  loadParticipantsSource,
  loadProgrammeSource,
  loadSessionDocumentInput,
} from '../../../../../../src-renderer/lib/db/repositories/session-documents';
import { defaultQuestions } from '../../../../../../src-renderer/lib/domain/feedback';
import { fill, freshDb } from '../../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

describe('what a session’s handouts are made from', () => {
  it('reads the programme in the order of the day, with the offer and the settings with their defaults', async () => {
    const data = sampleData({ sessions: 2 });
    data.agendaItems.reverse();
    data.settings = [];
    await fill(db, data);
    const source = (await loadProgrammeSource('s1'))!;
    expect(source.session.id).toBe('s1');
    expect(source.offer?.id).toBe('o1');
    expect(source.items.map((i) => i.start)).toEqual(['09:00', '13:00', '14:00']);
    expect(source.settings.certificateThreshold).toBe(0.75);
    expect(await loadProgrammeSource('nessuna')).toBeNull();
  });

  it('keeps a session whose offer is gone printable (no title) but gives no attendance input for it', async () => {
    const data = sampleData({ sessions: 1 });
    await fill(db, { ...data, offers: [] });
    expect((await loadParticipantsSource('s1'))?.offer).toBeNull();
    expect((await loadParticipantsSource('s1'))?.participants).toHaveLength(6);
    expect(await loadSessionDocumentInput('s1', 'it')).toBeNull();
  });

  it('gives one session’s people, log and answers, in the language asked, with the default questions when the offer has none', async () => {
    const data = sampleData({ sessions: 2, participants: 6, attendance: 8, responses: 4 });
    await fill(db, { ...data, questionnaires: [] });
    const input = (await loadSessionDocumentInput('s2', 'en'))!;
    expect(input.lang).toBe('en');
    expect(input.participants.map((p) => p.id)).toEqual(['p2', 'p4', 'p6']);
    expect(new Set(input.events.map((e) => e.sessionId))).toEqual(new Set(['s2']));
    expect(input.feedback?.responses.map((r) => r.id)).toEqual(['r2', 'r4']);
    expect(input.feedback?.questions).toEqual(defaultQuestions());
  });

  it('finds the most recent session that serves as an example, or none', async () => {
    const data = sampleData({ sessions: 3 });
    await fill(db, { ...data, agendaItems: data.agendaItems.filter((i) => i.sessionId !== 's3') });
    expect((await findProgrammeSource((s) => s.items.length > 0))?.session.id).toBe('s2');
    expect((await findSessionDocumentInput('it', (i) => i.participants.length > 0))?.session.id).toBe('s3');
    expect(await findSessionDocumentInput('it', () => false)).toBeNull();
  });

  it('reads a backup for the command-line tools exactly as it reads the app’s own data', async () => {
    const data = sampleData({ sessions: 2, participants: 8, attendance: 10, responses: 4 });
    await fill(db, data);
    const fromApp = await loadSessionDocumentInput('s1', 'it');
    const backup = await buildBackupDocument(data, { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-05-11T08:00:00.000Z', station: 'Postazione 1' });
    expect(await sessionInput(backup, 's1')).toEqual(fromApp);
    expect(await sessionInput(backup, 'nessuna')).toBeNull();
  });
});
