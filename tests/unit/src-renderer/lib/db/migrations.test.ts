import { describe, expect, it } from 'vitest';
import { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
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
    const p = await current.participants.get('p1');
    expect(p).toMatchObject({ surname: 'Galli', name: 'Nicolò', walkIn: false, overCapacityReason: null });
    expect(await current.attendance.where('[sessionId+day]').equals(['s1', '2026-05-07']).count()).toBe(1);
    expect(await current.offers.get('o1')).toMatchObject({ title: 'Patti di Cittadinanza' });
    current.close();
  });

  it('upgrade every earlier version to the current one', async () => {
    for (const earlier of SCHEMA_VERSIONS.slice(0, -1)) {
      const name = uniqueName();
      const old = new OspitaDatabase(name, { upTo: earlier.version });
      await old.open();
      await old.table('participants').add({ id: 'p', sessionId: 's', surname: 'Rossi', checkinCode: 'AAAA' });
      old.close();
      const db = new OspitaDatabase(name);
      await db.open();
      expect(await db.participants.count()).toBe(1);
      db.close();
    }
  });
});
