// Two laptops at the door, both called «Postazione 1» and one restored from the other's backup: each must still
// know which check-ins are its own (issue 15: «Annulla l'ultima azione» on one voided the other's walk-in).
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../../scripts/lib/sample-data';
import { createBackup, restoreBackup } from '../../../../../../src-renderer/lib/db/backup';
import { mergeBackup } from '../../../../../../src-renderer/lib/db/merge';
import { checkIn, listDayEvents, undoLast } from '../../../../../../src-renderer/lib/db/repositories/attendance';
import { getSettings, saveSettings } from '../../../../../../src-renderer/lib/db/repositories/settings';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { useDb } from '../../../../../../src-renderer/lib/db/index';
import { dayStates } from '../../../../../../src-renderer/lib/domain/attendance';
import { thisStationId } from '../../../../../../src-renderer/lib/station';
import { fill, freshDb } from '../../../../db-helpers';

const DAY = '2026-05-07';
let here: OspitaDatabase;
let there: OspitaDatabase;

beforeEach(async () => {
  there = await freshDb();
  here = await freshDb();
  const shared = sampleData({ attendance: 0 });
  await fill(here, shared);
  await fill(there, structuredClone(shared));
});

describe('undo after a merge', () => {
  it('voids this station’s last action, never the walk-in the other station recorded later under the same name', async () => {
    useDb(here);
    await saveSettings({ ...(await getSettings()), stationName: 'Postazione 1' });
    await checkIn('s1', 'p1', DAY, '09:10');
    // The other laptop, also «Postazione 1», checks in p3 a minute later; its backup is merged here.
    await there.attendanceDays.put({ sessionId: 's1', day: DAY, events: [{ id: 'there-1', sessionId: 's1', participantId: 'p3', day: DAY, kind: 'in', time: '09:11', recordedAt: new Date(Date.now() + 60_000).toISOString(), station: 'Postazione 1', stationId: 'the-other-laptop', source: 'desk', voidsEventId: null, reason: '' }] });
    await mergeBackup(await createBackup(there), here);
    useDb(here);
    const undone = await undoLast('s1', DAY);
    expect(undone.map((e) => e.participantId)).toEqual(['p1']);
    expect((await undoLast('s1', DAY))).toEqual([]);
    const states = dayStates(await listDayEvents('s1', DAY), DAY);
    expect(states.get('p3')).toMatchObject({ status: 'present', since: '09:11' });
    expect(states.get('p1')).toBeUndefined();
  });

  it('records the station’s id and name on every event', async () => {
    useDb(here);
    const result = await checkIn('s1', 'p1', DAY, '09:10');
    expect(result).toMatchObject({ status: 'checkedIn', event: { stationId: thisStationId() } });
    if (result.status === 'checkedIn') expect(result.event.station).toBe('Ingresso principale');
  });

  it('a station never named is not «Postazione 1» but a name of its own, from its id', async () => {
    const fresh = await freshDb();
    useDb(fresh);
    const result = await checkIn('s1', 'p1', DAY, '09:10');
    expect(result.status === 'checkedIn' && result.event.station).toMatch(/^Postazione [2-9A-Z]{4}$/);
  });
});

describe('a restore', () => {
  it('keeps this station’s identity and name: the backup’s are another laptop’s', async () => {
    useDb(here);
    await saveSettings({ ...(await getSettings()), stationName: 'Ingresso sala' });
    const theirs = await createBackup(there);
    theirs.data.settings = [{ ...theirs.data.settings[0]!, stationName: 'Postazione 1', stationId: 'the-other-laptop', municipality: 'Comune di Lecco' }];
    await restoreBackup(theirs, here);
    const after = await getSettings();
    expect(after).toMatchObject({ stationId: thisStationId(), stationName: 'Ingresso sala', municipality: 'Comune di Lecco' });
  });

  it('into an empty database (a new laptop, or one whose data was lost) gives this station its own id and default name', async () => {
    const empty = await freshDb();
    const theirs = await createBackup(there);
    theirs.data.settings = [{ ...theirs.data.settings[0]!, stationName: 'Postazione 1', stationId: 'the-other-laptop' }];
    await restoreBackup(theirs, empty);
    useDb(empty);
    const after = await getSettings();
    expect(after.stationId).toBe(thisStationId());
    expect(after.stationName).not.toBe('Postazione 1');
  });
});
