import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvents, countEvents, deleteSessionLog, flattenDays, groupIntoDays, readDay, readSession } from '../../../../../src-renderer/lib/db/attendance-days';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import type { AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';
import { freshDb } from '../../../db-helpers';

const event = (id: string, sessionId: string, day: string, participantId = 'p1'): AttendanceEvent => ({
  id,
  sessionId,
  participantId,
  day,
  kind: 'in',
  time: '09:00',
  recordedAt: '2026-05-07T07:00:00.000Z',
  station: 'Ingresso',
  source: 'desk',
  voidsEventId: null,
  reason: '',
});

describe('attendance kept by session day', () => {
  it('groups events into days keeping their order, and flattens them back', () => {
    const events = [event('c', 's1', '2026-05-07'), event('a', 's2', '2026-05-07'), event('b', 's1', '2026-05-07'), event('d', 's1', '2026-05-08')];
    const days = groupIntoDays(events);
    expect(days.map((d) => [d.sessionId, d.day, d.events.map((e) => e.id)])).toEqual([
      ['s1', '2026-05-07', ['c', 'b']],
      ['s2', '2026-05-07', ['a']],
      ['s1', '2026-05-08', ['d']],
    ]);
    expect(flattenDays(days).map((e) => e.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  describe('in the database', () => {
    let db: OspitaDatabase;
    beforeEach(async () => {
      db = await freshDb();
    });
    const append = (events: AttendanceEvent[]) => db.transaction('rw', db.attendanceDays, () => appendEvents(db, events));

    it('appends after what the day holds, skipping ids it already has (also twice in the same batch)', async () => {
      expect(await append([event('a', 's1', '2026-05-07'), event('b', 's1', '2026-05-07')])).toBe(2);
      expect(await append([event('b', 's1', '2026-05-07'), event('c', 's1', '2026-05-07'), event('c', 's1', '2026-05-07'), event('d', 's1', '2026-05-08')])).toBe(2);
      expect((await readDay(db, 's1', '2026-05-07')).map((e) => e.id)).toEqual(['a', 'b', 'c']);
      expect((await readSession(db, 's1')).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(await countEvents(db)).toBe(4);
      expect(await append([])).toBe(0);
    });

    it('reads nothing for a day with no record, and deletes one session’s log only', async () => {
      expect(await readDay(db, 's1', '2026-05-07')).toEqual([]);
      await append([event('a', 's1', '2026-05-07'), event('b', 's1', '2026-05-08'), event('c', 's10', '2026-05-07')]);
      await db.transaction('rw', db.attendanceDays, () => deleteSessionLog(db, 's1'));
      expect(await readSession(db, 's1')).toEqual([]);
      expect((await readSession(db, 's10')).map((e) => e.id)).toEqual(['c']);
    });
  });
});
