import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { createBackupJson, readAllData, readBackup } from '../../../../../src-renderer/lib/db/backup';
import { readDay } from '../../../../../src-renderer/lib/db/attendance-days';
import { findParticipant, isCodeInUse, readList } from '../../../../../src-renderer/lib/db/participant-lists';
import { storedParticipant, storedParticipants } from '../../../db-helpers';
import { checkUpgrades, storesAt } from '../../../../lib/schema-upgrade-check';
import { groupIntoLists } from '../../../../../src-renderer/lib/db/participant-lists';
import type { BackupData } from '../../../../../src-renderer/lib/db/backup-document';
import { DATA_TABLES, OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../../src-renderer/lib/db/versions';

let n = 0;
const uniqueName = () => `migration-${process.pid}-${n++}`;

describe('database migrations', () => {
  it('declare versions in order, starting from 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('upgrade a v1 database with data to the current version without losing anything', async () => {
    const name = uniqueName();
    const v1 = new OspitaDatabase(name, { upTo: 1 });
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('participants').add({ id: 'p1', sessionId: 's1', surname: 'Galli', name: 'Nicolò', checkinCode: 'K7M3' });
    await v1.table('attendance').add({ id: 'e1', sessionId: 's1', participantId: 'p1', day: '2026-05-07', kind: 'in', time: '09:05' });
    await v1.table('offers').add({ id: 'o1', title: 'Patti di Cittadinanza', updatedAt: '2026-01-01T00:00:00.000Z' });
    v1.close();

    const current = new OspitaDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const p = await storedParticipant(current, 'p1');
    expect(p).toMatchObject({ surname: 'Galli', name: 'Nicolò', walkIn: false, overCapacityReason: null, certificateOverride: null });
    expect(await readDay(current, 's1', '2026-05-07')).toMatchObject([{ id: 'e1', participantId: 'p1', kind: 'in', time: '09:05' }]);
    expect(await current.offers.get('o1')).toMatchObject({ title: 'Patti di Cittadinanza' });
    current.close();
  });

  it('upgrade v3 attendance events to one record per session day, each day keeping its events in recorded order', async () => {
    const name = uniqueName();
    const v3 = new OspitaDatabase(name, { upTo: 3 });
    await v3.open();
    const event = (id: string, sessionId: string, day: string, recordedAt: string) => ({ id, sessionId, participantId: 'p1', day, kind: 'in', time: '09:00', recordedAt, station: 'A', source: 'desk', voidsEventId: null, reason: '' });
    // Stored by id, so the table's own order (z, a, m) is not the order they were recorded in.
    await v3.table('attendance').bulkAdd([
      event('z', 's1', '2026-05-07', '2026-05-07T07:00:00.000Z'),
      event('a', 's1', '2026-05-07', '2026-05-07T08:00:00.000Z'),
      event('m', 's1', '2026-05-08', '2026-05-08T07:00:00.000Z'),
      event('b', 's2', '2026-05-07', '2026-05-07T07:30:00.000Z'),
    ]);
    v3.close();
    const db = new OspitaDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('attendance');
    expect(await db.attendanceDays.count()).toBe(3);
    expect((await readDay(db, 's1', '2026-05-07')).map((e) => e.id)).toEqual(['z', 'a']);
    expect((await readDay(db, 's1', '2026-05-08')).map((e) => e.id)).toEqual(['m']);
    expect((await readDay(db, 's2', '2026-05-07')).map((e) => e.id)).toEqual(['b']);
    db.close();
  });

  it('upgrade v4 participants to one list per session, each in order of registration, found by id and by code', async () => {
    const name = uniqueName();
    const v4 = new OspitaDatabase(name, { upTo: 4 });
    await v4.open();
    const person = (id: string, sessionId: string, createdAt: string, checkinCode: string) => ({ id, sessionId, createdAt, checkinCode, surname: id });
    // Stored by id, so the table's own order (z, a, m) is not the order of registration.
    await v4.table('participants').bulkAdd([
      person('z', 's1', '2026-04-01T08:00:00.000Z', 'ZZZZ'),
      person('a', 's1', '2026-04-02T08:00:00.000Z', 'AAAA'),
      person('m', 's2', '2026-04-01T09:00:00.000Z', 'MMMM'),
    ]);
    v4.close();
    const db = new OspitaDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('participants');
    expect(await db.participantLists.count()).toBe(2);
    expect((await readList(db, 's1')).map((p) => p.id)).toEqual(['z', 'a']);
    expect(await findParticipant(db, 'm')).toMatchObject({ sessionId: 's2' });
    expect(await isCodeInUse(db, 'AAAA')).toBe(true);
    db.close();
  });

  it('upgrade v2 participants to v3 keeping a decision on the certificate already there', async () => {
    const name = uniqueName();
    const v2 = new OspitaDatabase(name, { upTo: 2 });
    await v2.open();
    await v2.table('participants').bulkAdd([
      { id: 'p1', sessionId: 's1', surname: 'Làzzari', checkinCode: 'AAAA', walkIn: false, overCapacityReason: null },
      { id: 'p2', sessionId: 's1', surname: 'Rossi', checkinCode: 'BBBB', walkIn: true, overCapacityReason: null, certificateOverride: { include: true, reason: 'x y z', decidedAt: '2026-05-09T10:00:00.000Z' } },
    ]);
    v2.close();
    const db = new OspitaDatabase(name);
    await db.open();
    expect((await storedParticipant(db, 'p1'))?.certificateOverride).toBeNull();
    expect((await storedParticipant(db, 'p2'))?.certificateOverride).toMatchObject({ include: true });
    db.close();
  });

  it('upgrade data written before the messages (v5) with an empty record of messages, no questionnaire link and the default texts', async () => {
    const name = uniqueName();
    const v5 = new OspitaDatabase(name, { upTo: 5 });
    await v5.open();
    await v5.table('participantLists').add({ sessionId: 's1', ids: ['p1'], codes: ['AAAA'], participants: [{ id: 'p1', sessionId: 's1', surname: 'Làzzari', checkinCode: 'AAAA' }] });
    await v5.table('sessions').add({ id: 's1', offerId: 'o1', days: ['2026-05-07'], firstDay: '2026-05-07' });
    await v5.table('settings').add({ id: 'host', municipality: 'Comune di Monza' });
    v5.close();
    const db = new OspitaDatabase(name);
    await db.open();
    expect((await storedParticipant(db, 'p1'))?.messages).toEqual([]);
    expect((await db.sessions.get('s1'))?.feedbackUrl).toBe('');
    expect((await db.settings.get('host'))?.messageTemplates).toEqual({});
    db.close();
  });

  it('upgrade every earlier version to the current one', async () => {
    for (const earlier of SCHEMA_VERSIONS.slice(0, -1)) {
      const name = uniqueName();
      const old = new OspitaDatabase(name, { upTo: earlier.version });
      await old.open();
      const person = { id: 'p', sessionId: 's', surname: 'Rossi', checkinCode: 'AAAA', createdAt: '2026-04-01T08:00:00.000Z' };
      if (storesAt(earlier.version).includes('participants')) await old.table('participants').add(person);
      else await old.table('participantLists').bulkAdd(groupIntoLists([person as never]));
      old.close();
      const db = new OspitaDatabase(name);
      await db.open();
      expect((await storedParticipants(db)).length).toBe(1);
      db.close();
    }
  });

  it('upgrade v6 sessions to v7: a webinar’s session held online, a workshop’s in presence, neither with a video call yet', async () => {
    const name = uniqueName();
    const v5 = new OspitaDatabase(name, { upTo: 6 });
    await v5.open();
    await v5.table('offers').bulkAdd([
      { id: 'webinar', title: 'Patti di Cittadinanza', format: 'webinar' },
      { id: 'workshop', title: 'Co-progettazione', format: 'workshop' },
    ]);
    await v5.table('sessions').bulkAdd([
      { id: 's1', offerId: 'webinar', days: ['2026-04-27'], venue: '' },
      { id: 's2', offerId: 'workshop', days: ['2026-05-07'], venue: 'Sala Giunta' },
      { id: 's3', offerId: 'gone', days: [], venue: '' },
    ]);
    v5.close();
    const db = new OspitaDatabase(name);
    await db.open();
    expect(await db.sessions.get('s1')).toMatchObject({ format: 'online', online: { platform: null, link: '' } });
    expect(await db.sessions.get('s2')).toMatchObject({ format: 'presenza', online: { platform: null, link: '' }, venue: 'Sala Giunta' });
    expect(await db.sessions.get('s3')).toMatchObject({ format: 'presenza' });
    db.close();
  });

  it('upgrade a database built at each earlier version, with records in every table, keeping every field', async () => {
    expect(await checkUpgrades()).toEqual([]);
  });
});
