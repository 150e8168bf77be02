import { describe, expect, it } from 'vitest';
import { dayHours, overlapMinutes, requiredMinutes, sessionHours, sessionProgramme, unionSpans } from '../../../../../src-renderer/lib/domain/hours';
import { effectiveEvents, planTranscription } from '../../../../../src-renderer/lib/domain/attendance';
import type { AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';
import { ev, item, typicalDay, voidOf } from './attendance-helpers';

const D1 = '2026-05-07';
const D2 = '2026-05-08';
const ONE_DAY = typicalDay(0); // 375 counted minutes: 09:30-11:00, 11:15-13:00, 14:00-17:00

function hoursOf(events: AttendanceEvent[], opts: { days?: string[]; items?: typeof ONE_DAY; threshold?: number } = {}) {
  const result = sessionHours({
    sessionDays: opts.days ?? [D1],
    items: opts.items ?? ONE_DAY,
    events,
    participantIds: ['p1'],
    threshold: opts.threshold ?? 0.75,
    fallbackDayEnd: '17:00',
  });
  return { session: result, p1: result.participants.get('p1')! };
}

describe('the programme', () => {
  it('counts only the items that count toward hours, per day', () => {
    const programme = sessionProgramme([D1, D2], [...ONE_DAY, item(1, '09:00', '12:00'), item(1, '12:00', '13:00', false, 'pranzo')]);
    expect(programme.map((d) => [d.day, d.countedMinutes, d.start, d.end])).toEqual([
      [D1, 375, '09:30', '17:00'],
      [D2, 180, '09:00', '13:00'],
    ]);
  });

  it('never counts overlapping items twice', () => {
    expect(unionSpans([{ start: 0, end: 60 }, { start: 30, end: 90 }, { start: 100, end: 110 }])).toEqual([{ start: 0, end: 90 }, { start: 100, end: 110 }]);
    expect(overlapMinutes([{ start: 0, end: 90 }], [{ start: 30, end: 60 }, { start: 45, end: 120 }])).toBe(60);
  });
});

describe('hours attended', () => {
  it('a guest present all day attends the whole programme and qualifies', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:05'), ev('p1', 'out', '17:10')]);
    expect(p1).toMatchObject({ attendedMinutes: 375, programmeMinutes: 375, qualifies: true, reason: null, flagged: false });
  });

  it('a missing check-out closes at the end of the day’s programme, flagged', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:30')]);
    expect(p1.attendedMinutes).toBe(375);
    expect(p1.days[0]).toMatchObject({ missingCheckout: true, closedAt: '17:00', intervals: [{ start: '09:30', end: '17:00' }] });
    expect(p1.flagged).toBe(true);
  });

  it('arriving late counts from the arrival only', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '10:30'), ev('p1', 'out', '17:00')]);
    // 10:30-11:00 (30) + 11:15-13:00 (105) + 14:00-17:00 (180)
    expect(p1.attendedMinutes).toBe(315);
    expect(p1.qualifies).toBe(true);
  });

  it('leaving at lunch and not coming back falls below 75% and says by how much', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '13:00')]);
    expect(p1.attendedMinutes).toBe(195);
    expect(p1.qualifies).toBe(false);
    expect(p1.reason).toEqual({ code: 'belowThreshold', attendedMinutes: 195, requiredMinutes: 282 });
  });

  it('going out for lunch and coming back does not count lunch and keeps the afternoon', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '12:50'), ev('p1', 'in', '14:10'), ev('p1', 'out', '17:00')]);
    expect(p1.attendedMinutes).toBe(90 + 95 + 170);
    expect(p1.days[0]!.intervals).toEqual([{ start: '09:30', end: '12:50', via: 'door' }, { start: '14:10', end: '17:00', via: 'door' }]);
  });

  it('two days add up, and missing the second day fails the threshold', () => {
    const items = [...ONE_DAY, ...typicalDay(1)];
    const both = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '17:00'), ev('p1', 'in', '09:30', { day: D2 }), ev('p1', 'out', '17:00', { day: D2 })], { days: [D1, D2], items });
    expect(both.p1).toMatchObject({ attendedMinutes: 750, programmeMinutes: 750, qualifies: true });
    expect(both.p1.days.map((d) => [d.day, d.attendedMinutes])).toEqual([[D1, 375], [D2, 375]]);
    const one = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '17:00')], { days: [D1, D2], items });
    expect(one.p1).toMatchObject({ attendedMinutes: 375, qualifies: false });
  });

  it('a correction replaces the wrong time in the count', () => {
    const wrong = ev('p1', 'in', '15:00');
    const right = ev('p1', 'in', '09:30', { source: 'correction', reason: 'Registrato in ritardo' });
    const { p1 } = hoursOf([wrong, ev('p1', 'out', '17:00'), voidOf(wrong, 'Registrato in ritardo'), right]);
    expect(p1.attendedMinutes).toBe(375);
  });

  it('the same arrival and exit recorded by two stations and merged are counted once', () => {
    const a1 = ev('p1', 'in', '09:30', { station: 'A' });
    const a2 = ev('p1', 'in', '09:32', { station: 'B' });
    const b1 = ev('p1', 'out', '17:00', { station: 'A' });
    const b2 = ev('p1', 'out', '17:00', { station: 'B', source: 'bulk' });
    const { p1 } = hoursOf([a1, a2, b1, b2, a1, b1]);
    expect(p1.attendedMinutes).toBe(375);
    expect(p1.days[0]!.intervals).toEqual([{ start: '09:30', end: '17:00', via: 'door' }]);
  });

  it('presence wholly outside the programme is flagged and counts nothing', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '18:00'), ev('p1', 'out', '19:00')]);
    expect(p1.attendedMinutes).toBe(0);
    expect(p1.days[0]!.outsideProgramme).toBe(true);
    expect(p1.flagged).toBe(true);
  });

  it('arriving a little early is normal and not flagged', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:00'), ev('p1', 'out', '17:00')]);
    expect(p1.days[0]!.outsideProgramme).toBe(false);
    expect(p1.flagged).toBe(false);
  });

  it('a check-in after the programme ended with no check-out counts nothing and is flagged', () => {
    const day = dayHours(effectiveEvents([ev('p1', 'in', '18:00')]), sessionProgramme([D1], ONE_DAY)[0], D1, '17:00');
    expect(day).toMatchObject({ attendedMinutes: 0, missingCheckout: true, outsideProgramme: true });
  });

  it('says why there is no certificate: never present, or no counted programme', () => {
    expect(hoursOf([]).p1.reason).toEqual({ code: 'neverPresent' });
    expect(hoursOf([ev('p1', 'in', '09:00')], { items: [] }).p1.reason).toEqual({ code: 'noProgramme' });
  });

  it('follows the threshold in the settings, rounding the requirement up to the minute', () => {
    expect(requiredMinutes(375, 0.75)).toBe(282);
    expect(requiredMinutes(400, 0.75)).toBe(300);
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '13:00')], { threshold: 0.5 });
    expect(p1.qualifies).toBe(true);
  });

  it('the session summary counts who qualifies and who needs a look', () => {
    const result = sessionHours({
      sessionDays: [D1],
      items: ONE_DAY,
      events: [ev('p1', 'in', '09:30'), ev('p1', 'out', '17:00'), ev('p2', 'in', '09:30')],
      participantIds: ['p1', 'p2', 'p3'],
      threshold: 0.75,
      fallbackDayEnd: '17:00',
    });
    expect(result).toMatchObject({ programmeMinutes: 375, requiredMinutes: 282, qualifying: 2, flagged: 1 });
  });
});

describe('hours after a transcription from the paper sheet', () => {
  /** The sheet applied to the log, and the events stored as the repository would. */
  function transcribe(log: AttendanceEvent[], ...pairs: [string, string][]): AttendanceEvent[] {
    const plan = planTranscription(log, 's1', [{ participantId: 'p1', day: D1, intervals: pairs.map(([entry, exit]) => ({ entry, exit })) }], 'Foglio firme');
    if (!('drafts' in plan)) throw new Error(JSON.stringify(plan.problems));
    return [...log, ...plan.drafts.map((d, i) => ({ ...d, id: `t${i}`, recordedAt: '2026-05-07T18:00:00.000Z', station: 'Postazione 1' }))];
  }

  it('are the sum of the intervals on the sheet: the afternoon away is not counted as present', () => {
    // Recorded at the desk as one stay 09:30-17:00 (375 minutes); the sheet says 09:30-11:00 and 14:00-17:00.
    const log = transcribe([ev('p1', 'in', '09:30'), ev('p1', 'out', '17:00')], ['09:30', '11:00'], ['14:00', '17:00']);
    const { p1 } = hoursOf(log);
    expect(p1.days[0]!.intervals).toEqual([{ start: '09:30', end: '11:00', via: 'door' }, { start: '14:00', end: '17:00', via: 'door' }]);
    expect(p1.attendedMinutes).toBe(90 + 180);
  });

  it('keep a lunch out-and-back when the afternoon is corrected, and close an open last interval at the end of the programme', () => {
    const desk = [ev('p1', 'in', '09:30'), ev('p1', 'out', '11:00'), ev('p1', 'in', '14:00'), ev('p1', 'out', '16:00')];
    expect(hoursOf(transcribe(desk, ['09:30', '11:00'], ['14:00', '16:30'])).p1.attendedMinutes).toBe(90 + 150);
    const open = hoursOf(transcribe(desk, ['09:30', '11:00'], ['14:00', ''])).p1;
    expect(open.attendedMinutes).toBe(90 + 180);
    expect(open.days[0]).toMatchObject({ missingCheckout: true, closedAt: '17:00' });
  });
});

describe('hours on a hybrid day: presence at the door and online', () => {
  const online = (participantId: string, kind: 'in' | 'out', time: string) => ev(participantId, kind, time, { source: 'online', platform: 'teams', reason: 'Report Microsoft Teams' });

  it('online presence counts like presence at the door', () => {
    const { p1 } = hoursOf([online('p1', 'in', '09:05'), online('p1', 'out', '17:10')]);
    expect(p1).toMatchObject({ attendedMinutes: 375, qualifies: true, flagged: false });
    expect(p1.days[0]).toMatchObject({ intervals: [{ start: '09:05', end: '17:10', via: 'online' }], platforms: ['teams'] });
  });

  it('adds up as the union of the intervals, never counting the same minutes twice', () => {
    // At the door in the morning, online from 10:30 (overlapping) to the end of the day.
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '11:00'), online('p1', 'in', '10:30'), online('p1', 'out', '17:00')]);
    expect(p1.attendedMinutes).toBe(375);
    expect(p1.days[0]!.intervals).toEqual([{ start: '09:30', end: '17:00', via: 'both' }]);
  });

  it('keeps apart what was at the door and what was online when they do not overlap', () => {
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), ev('p1', 'out', '13:00'), online('p1', 'in', '14:00'), online('p1', 'out', '16:00')]);
    expect(p1.attendedMinutes).toBe(90 + 105 + 120);
    expect(p1.days[0]!.intervals).toEqual([
      { start: '09:30', end: '13:00', via: 'door' },
      { start: '14:00', end: '16:00', via: 'online' },
    ]);
  });

  it('pairs entries and exits at the door and online separately: an online exit never closes the door’s entry', () => {
    // In at the door at 9:30, never checked out; online 10:00–10:30 (the phone during a talk).
    const { p1 } = hoursOf([ev('p1', 'in', '09:30'), online('p1', 'in', '10:00'), online('p1', 'out', '10:30')]);
    expect(p1.days[0]).toMatchObject({ missingCheckout: true, closedAt: '17:00', intervals: [{ start: '09:30', end: '17:00', via: 'both' }] });
    expect(p1.attendedMinutes).toBe(375);
  });
});
