// One check of the schema history, run on two IndexedDB engines: fake-indexeddb in the unit tests and Chromium's
// own in the end-to-end suite (users' data is upgraded by Chromium, not by the fake). For every earlier version it
// builds a database as a station at that version wrote it, with records in every table, opens it with the current
// code and lists what did not survive: a missing or changed record, a lookup that fails, an invalid backup.
import { sampleData } from '../../scripts/lib/sample-data';
import { groupIntoDays } from '../../src-renderer/lib/db/attendance-days';
import { createBackupJson, readAllData, readBackup } from '../../src-renderer/lib/db/backup';
import type { BackupData } from '../../src-renderer/lib/db/backup-document';
import { DATA_TABLES, OspitaDatabase, type DataTable } from '../../src-renderer/lib/db/database';
import { groupIntoFeedbackLists, putFeedback, readFeedback } from '../../src-renderer/lib/db/feedback-lists';
import { findParticipant, groupIntoLists, isCodeInUse } from '../../src-renderer/lib/db/participant-lists';
import { erasureRecord } from '../../src-renderer/lib/domain/privacy-ledger';
import { SCHEMA_VERSIONS } from '../../src-renderer/lib/db/versions';
import { SESSION_FORMATS } from '../../src-renderer/lib/domain/session-format';

export interface Engine {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The tables that exist at a version (by their stored names). */
export function storesAt(version: number): string[] {
  const declared = new Map<string, boolean>();
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) for (const [t, def] of Object.entries(v.stores)) declared.set(t, def !== null);
  return [...declared].filter(([, exists]) => exists).map(([t]) => t);
}

/**
 * Records of every table as a station running that schema version wrote them. When a version adds a field,
 * remove it here for the earlier versions (as v1 below), so the check proves the upgrade fills it in.
 */
export function recordsAt(version: number): BackupData {
  const data = sampleData({ sessions: 2, participants: 6, attendance: 8 });
  if (version < 2) {
    data.participants = data.participants.map(({ walkIn: _w, overCapacityReason: _o, ...rest }) => rest) as BackupData['participants'];
  }
  if (version < 3) data.participants = data.participants.map(({ certificateOverride: _c, ...rest }) => rest) as BackupData['participants'];
  // `statistics` on sessions is optional and needs no upgrade: sessions written before it simply lack it.
  // So is `stationId` on attendance events and settings: events recorded before it are nobody's "last action".
  data.sessions = data.sessions.map(({ statistics: _s, ...rest }) => rest);
  if (version < 7) {
    // Before v7 no session had a format or a video call, and nothing was followed online.
    data.sessions = data.sessions.map(({ format: _f, online: _o, ...rest }) => rest) as BackupData['sessions'];
    data.attendance = data.attendance.map(({ platform: _p, ...rest }) => ({ ...rest, source: rest.source === 'online' ? 'desk' : rest.source, reason: '' }));
  }
  if (version < 8) {
    // Before v8 no office templates and no scanned signature.
    data.settings = data.settings.map(({ signature: _s, ...rest }) => rest) as BackupData['settings'];
    data.documentTemplates = [];
  }
  // Questionnaires and their answers exist from v9 on.
  if (version < 9) {
    data.questionnaires = [];
    data.feedback = [];
  }
  if (version < 10) {
    // Before v10 nobody had been told anything, sessions had no questionnaire and the office no texts of its own.
    data.participants = data.participants.map(({ messages: _m, ...rest }) => rest) as BackupData['participants'];
    data.sessions = data.sessions.map(({ feedbackUrl: _f, ...rest }) => rest);
    data.settings = data.settings.map(({ messageTemplates: _t, ...rest }) => rest) as BackupData['settings'];
  }
  // The privacy ledger exists from v11 on: a tombstone of someone erased from the first session, who had signed
  // one of its questionnaire answers.
  const signed = data.feedback.filter((r) => r.sessionId === data.sessions[0]!.id).map((r) => r.id).slice(0, 1);
  data.privacyLedger =
    version < 11 ? [] : [erasureRecord({ id: 'erased-1', sessionId: data.sessions[0]!.id }, '2026-06-01T10:00:00.000Z', { organisation: 'Comune di Lodi', minutes: 120, attended: true }, signed)];
  if (version < 12) {
    // Before v12 sessions had no venue address nor contact person, participants no dietary needs.
    data.sessions = data.sessions.map(({ venueAddress: _a, contact: _c, ...rest }) => rest) as BackupData['sessions'];
    data.participants = data.participants.map(({ dietary: _d, ...rest }) => rest) as BackupData['participants'];
  }
  return data;
}

/** What the records of a data table look like in the store that holds them at that version. */
function storedRows(store: string, data: BackupData): unknown[] {
  if (store === 'attendanceDays') return groupIntoDays(data.attendance);
  if (store === 'participantLists') return groupIntoLists(data.participants);
  if (store === 'feedbackLists') return groupIntoFeedbackLists(data.feedback);
  return DATA_TABLES.includes(store as DataTable) ? data[store as DataTable] : [];
}

/** True when every field of `expected` is in `actual` with the same value (extra fields in `actual` are fine). */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => contains(actual[i], e));
  return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
}

/** Upgrades a database from every earlier version; returns the problems found, none when all is well. */
export async function checkUpgrades(engine: Engine = {}): Promise<string[]> {
  const problems: string[] = [];
  const options = engine.indexedDB ? { indexedDB: engine.indexedDB, IDBKeyRange: engine.IDBKeyRange } : {};
  for (const earlier of SCHEMA_VERSIONS.slice(0, -1)) {
    const from = `from v${earlier.version}`;
    const name = `upgrade-check-${earlier.version}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const old = new OspitaDatabase(name, { ...options, upTo: earlier.version });
    await old.open();
    const written = recordsAt(earlier.version);
    for (const store of storesAt(earlier.version)) await old.table(store).bulkAdd(storedRows(store, written));
    old.close();

    const db = new OspitaDatabase(name, options);
    try {
      await db.open();
      const upgraded = await readAllData(db);
      for (const table of DATA_TABLES) {
        const before = written[table] as { id: string }[];
        const after = new Map((upgraded[table] as { id: string }[]).map((r) => [r.id, r]));
        if (after.size !== before.length) problems.push(`${from}: ${table} has ${after.size} records instead of ${before.length}`);
        for (const record of before) if (!contains(after.get(record.id), record)) problems.push(`${from}: ${table} ${record.id} lost or changed`);
      }
      for (const p of written.participants) {
        if ((await findParticipant(db, p.id))?.surname !== p.surname) problems.push(`${from}: participant ${p.id} not found by id`);
        if (!(await isCodeInUse(db, p.checkinCode))) problems.push(`${from}: check-in code of ${p.id} not found`);
      }
      // A database from before the journal has no marker: the start-up check marks it as the journal's (adopt).
      if ((await db.meta.count()) !== 0) problems.push(`${from}: a journal marker appeared from nowhere`);
      for (const s of upgraded.sessions) {
        if (!SESSION_FORMATS.includes(s.format) || typeof s.online?.link !== 'string') problems.push(`${from}: session ${s.id} has no format or video call after the upgrade`);
        if (typeof s.venueAddress !== 'string' || typeof s.contact?.name !== 'string' || typeof s.contact?.phone !== 'string' || typeof s.contact?.email !== 'string') {
          problems.push(`${from}: session ${s.id} has no venue address or contact person after the upgrade`);
        }
      }
      for (const p of upgraded.participants) if (typeof p.dietary !== 'string') problems.push(`${from}: participant ${p.id} has no dietary field after the upgrade`);
      // The tables a later version added work on the upgraded database: a questionnaire and answers saved now are
      // read back (by offer, by session) and travel in the backup below.
      const later = recordsAt(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
      if (!written.questionnaires.length) {
        await db.transaction('rw', [db.questionnaires, db.feedbackLists], async () => {
          await db.questionnaires.bulkPut(later.questionnaires);
          await putFeedback(db, later.feedback);
        });
        const sessionId = later.feedback[0]!.sessionId;
        const expected = later.feedback.filter((r) => r.sessionId === sessionId).length;
        if ((await readFeedback(db, sessionId)).length !== expected) problems.push(`${from}: feedback answers saved after the upgrade are not read back`);
        if ((await db.questionnaires.where('offerId').equals(later.questionnaires[0]!.offerId).count()) !== 1) problems.push(`${from}: questionnaire saved after the upgrade is not found by offer`);
      }
      // Whatever a version added has a value after the upgrade, so the upgraded data makes a valid backup.
      const backup = await readBackup(await createBackupJson(db));
      if (!backup.ok) problems.push(`${from}: a backup of the upgraded data is refused (${backup.problem.key})`);
    } catch (error) {
      problems.push(`${from}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      db.close();
      await db.delete();
    }
  }
  return problems;
}
