import { beforeEach, describe, expect, it } from 'vitest';
import {
  appendEvents,
  applyTranscription,
  checkIn,
  checkOut,
  checkOutAll,
  correct,
  listDayEvents,
  listSessionEvents,
  undoLast,
} from '../../../../../../src-renderer/lib/db/repositories/attendance';
import { saveSettings, getSettings } from '../../../../../../src-renderer/lib/db/repositories/settings';
import { dayStates, effectiveEvents, presenceIntervals } from '../../../../../../src-renderer/lib/domain/attendance';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { freshDb, storedEvents } from '../../../../db-helpers';

const D1 = '2026-05-07';
const D2 = '2026-05-08';
let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

async function states(day = D1) {
  return dayStates(await listDayEvents('s1', day), day);
}

describe('attendance repository', () => {
  it('a check-in is stored with the station name from the settings, and a second one is harmless', async () => {
    await saveSettings({ ...(await getSettings()), stationName: 'Ingresso sala' });
    const first = await checkIn('s1', 'p1', D1, '09:10', 'scanner');
    expect(first).toMatchObject({ status: 'checkedIn', event: { station: 'Ingresso sala', source: 'scanner', kind: 'in', time: '09:10' } });
    expect(await checkIn('s1', 'p1', D1, '09:20')).toEqual({ status: 'already', since: '09:10' });
    expect((await storedEvents(db)).length).toBe(1);
  });

  it('a double click (two check-ins fired before either commits) stores one event: the second sees the first', async () => {
    const [a, b] = await Promise.all([checkIn('s1', 'p1', D1, '09:10'), checkIn('s1', 'p1', D1, '09:10')]);
    expect([a.status, b.status].sort()).toEqual(['already', 'checkedIn']);
    expect((await storedEvents(db)).length).toBe(1);
    await checkIn('s1', 'p1', D1, '09:11');
    const [x, y] = await Promise.all([checkOut('s1', 'p1', D1, '12:00'), checkOut('s1', 'p1', D1, '12:00')]);
    expect([x.status, y.status].sort()).toEqual(['alreadyLeft', 'checkedOut']);
    expect((await storedEvents(db)).length).toBe(2);
  });

  it('lists a day’s events through the session-day index, and the whole session', async () => {
    await checkIn('s1', 'p1', D1, '09:10');
    await checkIn('s1', 'p1', D2, '09:00');
    await checkIn('s2', 'p9', D1, '09:00');
    expect((await listDayEvents('s1', D1)).map((e) => e.day)).toEqual([D1]);
    expect(await listSessionEvents('s1')).toHaveLength(2);
  });

  it('checks out one person, and refuses someone not arrived', async () => {
    await checkIn('s1', 'p1', D1, '09:10');
    expect(await checkOut('s1', 'p1', D1, '13:00')).toMatchObject({ status: 'checkedOut' });
    expect(await checkOut('s1', 'p2', D1, '13:00')).toEqual({ status: 'notPresent' });
    expect((await states()).get('p1')).toEqual({ status: 'left', at: '13:00', firstIn: '09:10' });
  });

  it('checks out everyone still present in one go, and undo brings them all back', async () => {
    await checkIn('s1', 'p1', D1, '09:10');
    await checkIn('s1', 'p2', D1, '09:12');
    await checkIn('s1', 'p3', D1, '09:15');
    await checkOut('s1', 'p3', D1, '12:00');
    expect(await checkOutAll('s1', D1, '17:00')).toEqual({ count: 2, arrivedLater: [] });
    expect([...(await states()).values()].map((s) => s.status)).toEqual(['left', 'left', 'left']);
    const undone = await undoLast('s1', D1);
    expect(undone.map((e) => e.participantId).sort()).toEqual(['p1', 'p2']);
    const after = await states();
    expect([after.get('p1')?.status, after.get('p2')?.status, after.get('p3')?.status]).toEqual(['present', 'present', 'left']);
  });

  it('undo walks back one action at a time and says when there is nothing left', async () => {
    await checkIn('s1', 'p1', D1, '09:10');
    await checkIn('s1', 'p2', D1, '09:11');
    expect((await undoLast('s1', D1)).map((e) => e.participantId)).toEqual(['p2']);
    expect((await undoLast('s1', D1)).map((e) => e.participantId)).toEqual(['p1']);
    expect(await undoLast('s1', D1)).toEqual([]);
    expect((await states()).size).toBe(0);
    // nothing was deleted: 2 entries and 2 voids
    expect((await storedEvents(db)).length).toBe(4);
  });

  it('a correction needs a reason and writes nothing without one', async () => {
    const result = await checkIn('s1', 'p1', D1, '11:00');
    const id = result.status === 'checkedIn' ? result.event.id : '';
    expect(await correct('s1', 'p1', D1, { voidEventId: id, replacement: { kind: 'in', time: '09:15' }, reason: '' })).toEqual({ problem: 'reason' });
    expect((await storedEvents(db)).length).toBe(1);
    expect(await correct('s1', 'p1', D1, { voidEventId: id, replacement: { kind: 'in', time: '09:15' }, reason: 'Arrivata alle 9:15' })).toEqual({ ok: true });
    expect((await states()).get('p1')).toMatchObject({ status: 'present', since: '09:15' });
    const stored = await storedEvents(db);
    expect(stored.filter((e) => e.reason === 'Arrivata alle 9:15').map((e) => e.kind).sort()).toEqual(['in', 'void']);
  });

  it('applies a paper transcription in one transaction, or nothing when a row is wrong', async () => {
    const bad = await applyTranscription('s1', [
      { participantId: 'p1', day: D1, intervals: [{ entry: '09:00', exit: '17:00' }] },
      { participantId: 'p2', day: D1, intervals: [{ entry: '17:00', exit: '09:00' }] },
    ], 'Foglio firme');
    expect(bad).toEqual({ problems: [{ participantId: 'p2', day: D1, interval: 0, field: 'exit', problem: 'outBeforeIn' }] });
    expect((await storedEvents(db)).length).toBe(0);
    const good = await applyTranscription('s1', [
      { participantId: 'p1', day: D1, intervals: [{ entry: '09:00', exit: '17:00' }] },
      { participantId: 'p1', day: D2, intervals: [{ entry: '09:30', exit: '13:00' }] },
    ], 'Foglio firme');
    expect(good).toEqual({ changed: 2 });
    const events = await listSessionEvents('s1');
    expect(events.every((e) => e.source === 'transcription')).toBe(true);
    expect((await states(D2)).get('p1')).toEqual({ status: 'left', at: '13:00', firstIn: '09:30' });
  });

  it('a transcribed lunch out-and-back is stored as two intervals; saving the same sheet again writes nothing', async () => {
    await checkIn('s1', 'p1', D1, '09:00');
    await checkOut('s1', 'p1', D1, '17:00');
    const sheet = [{ participantId: 'p1', day: D1, intervals: [{ entry: '09:00', exit: '12:30' }, { entry: '14:00', exit: '17:00' }] }];
    expect(await applyTranscription('s1', sheet, 'Foglio firme')).toEqual({ changed: 1 });
    const count = (await storedEvents(db)).length;
    expect(presenceIntervals(effectiveEvents(await listDayEvents('s1', D1))).intervals).toEqual([{ start: '09:00', end: '12:30' }, { start: '14:00', end: '17:00' }]);
    expect(await applyTranscription('s1', sheet, 'Foglio firme')).toEqual({ changed: 0 });
    expect((await storedEvents(db)).length).toBe(count);
  });

  it('merging another station’s log adds only the events not already here', async () => {
    await checkIn('s1', 'p1', D1, '09:10');
    const mine = await listDayEvents('s1', D1);
    const theirs = { ...mine[0]!, id: 'other-station-1', participantId: 'p2', station: 'Postazione 2' };
    expect(await appendEvents([...mine, theirs])).toBe(1);
    expect(await appendEvents([...mine, theirs])).toBe(0);
    expect((await states()).size).toBe(2);
  });
});
