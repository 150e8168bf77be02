// Questionnaires and answers in the database: edited and typed on one station, imported from a form, carried by
// backups (restore, merge by id and latest change, older files without them) and purged of names.
import { beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../../../../package.json';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { createBackup, readBackup, restoreBackup } from '../../../../../src-renderer/lib/db/backup';
import { buildBackupDocument, canonicalJson, serialiseBackup, sha256Hex } from '../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { putFeedback, readFeedback } from '../../../../../src-renderer/lib/db/feedback-lists';
import { mergeBackup } from '../../../../../src-renderer/lib/db/merge';
import { importResponses, listResponses, type ImportedResponse, loadQuestions, resetQuestions, saveQuestions, saveResponses } from '../../../../../src-renderer/lib/db/repositories/feedback';
import { purgeSessionPersonalData } from '../../../../../src-renderer/lib/db/repositories/privacy';
import { defaultQuestions } from '../../../../../src-renderer/lib/domain/feedback';
import type { FeedbackResponse } from '../../../../../src-renderer/lib/domain/types';
import { fill, freshDb } from '../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, { ...sampleData({ responses: 0 }), questionnaires: [] });
});

const questions = defaultQuestions();

describe('questions of an offer', () => {
  it('are the default ones until the offer gets its own, and back again', async () => {
    expect(await loadQuestions('o1')).toEqual({ questions, custom: false });
    const own = [...questions, { id: 'q-x', kind: 'scale' as const, text: '  Consiglierebbe   la visita? ' }];
    expect(await saveQuestions('o1', own)).toBeNull();
    expect((await loadQuestions('o1')).questions.at(-1)).toEqual({ id: 'q-x', kind: 'scale', text: 'Consiglierebbe la visita?' });
    await resetQuestions('o1');
    expect((await loadQuestions('o1')).custom).toBe(false);
  });

  it('refuses an empty or repeated question, saving nothing', async () => {
    expect(await saveQuestions('o1', [...questions, { id: 'q-y', kind: 'text', text: ' ' }])).toEqual({ problem: 'emptyText', n: 7 });
    expect(await saveQuestions('o1', [...questions, { id: 'q-z', kind: 'text', text: 'commenti e SUGGERIMENTI' }])).toEqual({ problem: 'duplicate', n: 7 });
    expect(await saveQuestions('o1', [])).toEqual({ problem: 'none' });
    expect((await loadQuestions('o1')).custom).toBe(false);
  });
});

describe('answers of a session', () => {
  it('keeps paper forms as typed: new, changed, removed; blank forms and values out of 1–5 left out', async () => {
    const first = await saveResponses('s1', questions, [
      { id: null, respondentName: '', answers: { overall: '5', usefulness: '4', takeaway: ' Il metodo ' } },
      { id: null, respondentName: ' Nicolò  Rossi ', answers: { overall: 3, clarity: '7' } },
      { id: null, respondentName: '', answers: {} },
    ], []);
    expect(first).toEqual({ added: 2, changed: 0, removed: 0 });
    const stored = await listResponses('s1');
    expect(stored.map((r) => [r.answers, r.respondentName, r.source])).toEqual([
      [{ overall: 5, usefulness: 4, takeaway: 'Il metodo' }, '', 'paper'],
      [{ overall: 3 }, 'Nicolò Rossi', 'paper'],
    ]);
    const second = await saveResponses('s1', questions, [{ id: stored[0]!.id, respondentName: '', answers: { overall: '4', usefulness: '4', takeaway: 'Il metodo' } }], [stored[1]!.id]);
    expect(second).toEqual({ added: 0, changed: 1, removed: 1 });
    expect((await listResponses('s1')).map((r) => r.answers.overall)).toEqual([4]);
  });

  it('imports the rows of a form once: the same export again adds nothing', async () => {
    const rows: ImportedResponse[] = [
      { externalKey: 'id:1', respondentName: '', answers: { overall: 5 } },
      { externalKey: 'id:2', respondentName: 'Anna', answers: { overall: 4, comments: 'Bene' } },
    ];
    expect(await importResponses('s1', rows)).toEqual({ added: 2, alreadyThere: 0 });
    expect(await importResponses('s1', [...rows, { externalKey: 'id:3', respondentName: '', answers: { clarity: 2 } }])).toEqual({ added: 1, alreadyThere: 2 });
    expect((await listResponses('s1')).map((r) => r.source)).toEqual(['import', 'import', 'import']);
  });
});

function response(id: string, sessionId: string, overall: number, updatedAt = '2026-05-08T10:00:00.000Z', respondentName = ''): FeedbackResponse {
  return { id, createdAt: '2026-05-08T10:00:00.000Z', updatedAt, sessionId, respondentName, answers: { overall }, source: 'paper', externalKey: null };
}

describe('answers and questionnaires in backups', () => {
  it('travel in a backup and come back whole on restore', async () => {
    await saveQuestions('o1', [...questions, { id: 'q-x', kind: 'scale', text: 'Consiglierebbe la visita?' }]);
    await db.transaction('rw', db.feedbackLists, () => putFeedback(db, [response('r1', 's1', 5), response('r2', 's2', 3, undefined, 'Anna Galli')]));
    const backup = await createBackup(db);
    expect(backup.counts).toMatchObject({ questionnaires: 1, feedback: 2 });
    const read = await readBackup(serialiseBackup(backup));
    expect(read.ok).toBe(true);
    const other = await freshDb();
    await restoreBackup(read.ok ? read.backup : (undefined as never), other);
    expect((await readFeedback(other, 's2'))[0]).toMatchObject({ respondentName: 'Anna Galli', answers: { overall: 3 } });
    expect((await other.questionnaires.toArray())[0]!.questions.at(-1)!.id).toBe('q-x');
  });

  it('restores a backup written before questionnaires existed, with none', async () => {
    // A file of schema v5 has no such sections at all, and its checksum covers what it holds.
    const file = JSON.parse(serialiseBackup(await buildBackupDocument(sampleData(), { appVersion: pkg.version, schemaVersion: 5, createdAt: '2026-05-08T10:00:00.000Z', station: 'P1' })));
    delete file.data.questionnaires;
    delete file.data.feedback;
    delete file.counts.questionnaires;
    delete file.counts.feedback;
    const { checksum: _old, ...body } = file;
    file.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) };
    const read = await readBackup(JSON.stringify(file));
    expect(read.ok, read.ok ? '' : read.problem.key).toBe(true);
    if (read.ok) expect([read.backup.data.questionnaires, read.backup.data.feedback, read.backup.data.participants.length]).toEqual([[], [], 6]);
  });

  it('merges another station’s answers by id: both stations’ forms kept, the later change of the same form wins', async () => {
    await db.transaction('rw', db.feedbackLists, () => putFeedback(db, [response('r1', 's1', 5), response('here', 's1', 4)]));
    const there = await freshDb();
    await fill(there, sampleData({ responses: 0 }));
    await there.transaction('rw', there.feedbackLists, () => putFeedback(there, [response('r1', 's1', 2, '2026-05-09T10:00:00.000Z'), response('there', 's1', 1)]));
    const report = await mergeBackup(await createBackup(there), db);
    expect(report.tables.feedback).toEqual({ added: 1, updated: 1, unchanged: 0, keptLocal: 0 });
    const merged = await readFeedback(db, 's1');
    expect(merged.map((r) => [r.id, r.answers.overall]).sort()).toEqual([['here', 4], ['r1', 2], ['there', 1]]);
  });

  it('keeps the answers of a purged session without the names guests gave, here and when merged from elsewhere', async () => {
    await db.transaction('rw', db.feedbackLists, () => putFeedback(db, [response('r1', 's1', 5, undefined, 'Anna Galli')]));
    const there = await freshDb();
    await fill(there, sampleData({ responses: 0 }));
    await there.transaction('rw', there.feedbackLists, () => putFeedback(there, [response('r2', 's1', 4, undefined, 'Marco Conti')]));
    const { useDb } = await import('../../../../../src-renderer/lib/db/index');
    useDb(db);
    await purgeSessionPersonalData('s1');
    expect((await readFeedback(db, 's1')).map((r) => [r.respondentName, r.answers.overall])).toEqual([['', 5]]);
    await mergeBackup(await createBackup(there), db);
    expect((await readFeedback(db, 's1')).map((r) => [r.id, r.respondentName]).sort()).toEqual([['r1', ''], ['r2', '']]);
  });
});
