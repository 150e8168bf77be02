import { describe, expect, it } from 'vitest';
import {
  UNDO_REASON,
  dayStates,
  effectiveEvents,
  lastAction,
  mergeLogs,
  planCheckIn,
  planCheckOut,
  planCheckOutAll,
  planCorrection,
  intervalProblems,
  planTranscription,
  planUndo,
  presenceIntervals,
  stateFrom,
  transcriptionOf,
  type TranscribedPresence,
} from '../../../../../src-renderer/lib/domain/attendance';
import type { AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';
import { ev, voidOf } from './attendance-helpers';

const DAY = '2026-05-07';

/** Turns drafts into stored events, as the repository does. */
function store(drafts: Omit<AttendanceEvent, 'id' | 'recordedAt' | 'station'>[], at: string, station = 'Postazione 1', stationId = 'station-1'): AttendanceEvent[] {
  return drafts.map((d, i) => ({ ...d, id: `${at}-${i}`, recordedAt: at, station, stationId }));
}

describe('the state of a participant on a day', () => {
  it('is "non arrivato" with no events, "presente" after an entry, "uscito" after an exit', () => {
    expect(stateFrom([])).toEqual({ status: 'absent' });
    const a = ev('p1', 'in', '09:10');
    expect(stateFrom(effectiveEvents([a]))).toEqual({ status: 'present', since: '09:10', firstIn: '09:10' });
    const b = ev('p1', 'out', '13:00');
    expect(stateFrom(effectiveEvents([a, b]))).toEqual({ status: 'left', at: '13:00', firstIn: '09:10' });
    const c = ev('p1', 'in', '14:05');
    expect(stateFrom(effectiveEvents([a, b, c]))).toEqual({ status: 'present', since: '14:05', firstIn: '09:10' });
  });

  it('forgets a voided check-in, and brings it back when the void itself is voided', () => {
    const a = ev('p1', 'in', '09:10');
    const v = voidOf(a);
    expect(stateFrom(effectiveEvents([a, v]))).toEqual({ status: 'absent' });
    expect(stateFrom(effectiveEvents([a, v, voidOf(v)]))).toMatchObject({ status: 'present', since: '09:10' });
  });

  it('counts the same event once when two stations’ logs are merged, and both stations’ check-ins as one arrival', () => {
    const a = ev('p1', 'in', '09:10', { station: 'Postazione 1' });
    const b = ev('p1', 'in', '09:12', { station: 'Postazione 2' });
    const merged = mergeLogs([a, b], [a, b], [b]);
    expect(merged).toHaveLength(2);
    expect(stateFrom(effectiveEvents(merged))).toMatchObject({ status: 'present', since: '09:10' });
    expect(presenceIntervals(effectiveEvents([...merged, a])).intervals).toEqual([{ start: '09:10', end: null }]);
  });

  it('gives every participant of the day a state from the day’s log', () => {
    const states = dayStates([ev('p1', 'in', '09:00'), ev('p2', 'in', '09:05'), ev('p2', 'out', '12:00'), ev('p3', 'in', '09:00', { day: '2026-05-08' })], DAY);
    expect(states.get('p1')?.status).toBe('present');
    expect(states.get('p2')?.status).toBe('left');
    expect(states.has('p3')).toBe(false);
  });
});

describe('presence intervals', () => {
  it('pair entries and exits, leaving the last one open when nobody checked the guest out', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p1', 'out', '13:00'), ev('p1', 'in', '14:00')];
    expect(presenceIntervals(effectiveEvents(log))).toEqual({ intervals: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: null }], exitWithoutEntry: false });
  });

  it('keep the first exit when a second station records the same exit later', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p1', 'out', '13:00', { station: 'A' }), ev('p1', 'out', '17:00', { station: 'B', source: 'bulk' })];
    expect(presenceIntervals(effectiveEvents(log)).intervals).toEqual([{ start: '09:00', end: '13:00' }]);
  });

  it('notice an exit with no entry before it', () => {
    expect(presenceIntervals(effectiveEvents([ev('p1', 'out', '12:00')]))).toEqual({ intervals: [], exitWithoutEntry: true });
  });
});

describe('checking in and out', () => {
  it('checking in someone already present writes nothing and says since when', () => {
    const log = [ev('p1', 'in', '09:10')];
    expect(planCheckIn(log, 's1', 'p1', DAY, '09:40', 'desk')).toEqual({ action: 'already', since: '09:10' });
    expect(planCheckIn(log, 's1', 'p2', DAY, '09:40', 'scanner')).toMatchObject({ action: 'write', draft: { participantId: 'p2', kind: 'in', time: '09:40', source: 'scanner' } });
  });

  it('a guest who left can come back in', () => {
    const log = [ev('p1', 'in', '09:10'), ev('p1', 'out', '13:00')];
    expect(planCheckIn(log, 's1', 'p1', DAY, '14:00', 'desk')).toMatchObject({ action: 'write' });
  });

  it('checking out is refused for someone not arrived, already out, or before their entry', () => {
    expect(planCheckOut([], 's1', 'p1', DAY, '12:00', 'desk')).toEqual({ action: 'notPresent' });
    expect(planCheckOut([ev('p1', 'in', '09:00'), ev('p1', 'out', '12:00')], 's1', 'p1', DAY, '13:00', 'desk')).toEqual({ action: 'alreadyLeft', at: '12:00' });
    expect(planCheckOut([ev('p1', 'in', '09:00')], 's1', 'p1', DAY, '08:00', 'desk')).toEqual({ action: 'beforeEntry', since: '09:00' });
    expect(planCheckOut([ev('p1', 'in', '09:00')], 's1', 'p1', DAY, '12:00', 'desk')).toMatchObject({ action: 'write', draft: { kind: 'out', time: '12:00' } });
  });

  it('"uscita per tutti" checks out only those still present, and leaves alone who arrived after that time', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p2', 'in', '09:00'), ev('p2', 'out', '12:00'), ev('p3', 'in', '17:30')];
    const plan = planCheckOutAll(log, 's1', DAY, '17:00');
    expect(plan.drafts.map((d) => [d.participantId, d.kind, d.time, d.source])).toEqual([['p1', 'out', '17:00', 'bulk']]);
    expect(plan.arrivedLater).toEqual(['p3']);
  });
});

describe('undo', () => {
  it('voids the station’s last check-in, then the one before', () => {
    const a = ev('p1', 'in', '09:00');
    const b = ev('p2', 'in', '09:01');
    let log = [a, b];
    const first = planUndo(log, 'station-1');
    expect(first).toEqual([expect.objectContaining({ kind: 'void', voidsEventId: b.id, reason: UNDO_REASON })]);
    log = [...log, ...store(first, '2026-05-07T09:02:00Z')];
    expect(stateFrom(effectiveEvents(log.filter((e) => e.participantId === 'p2')))).toEqual({ status: 'absent' });
    expect(planUndo(log, 'station-1')).toEqual([expect.objectContaining({ voidsEventId: a.id })]);
  });

  it('undoes a whole "uscita per tutti" at once', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p2', 'in', '09:00')];
    const bulk = store(planCheckOutAll(log, 's1', DAY, '17:00').drafts, '2026-05-07T17:00:00Z');
    const undo = planUndo([...log, ...bulk], 'station-1');
    expect(undo.map((d) => d.voidsEventId).sort()).toEqual(bulk.map((e) => e.id).sort());
  });

  it('undoing a correction brings back what it cancelled', () => {
    const wrong = ev('p1', 'in', '11:00');
    const plan = planCorrection([wrong], { sessionId: 's1', participantId: 'p1', day: DAY }, { voidEventId: wrong.id, replacement: { kind: 'in', time: '09:15' }, reason: 'x' });
    let log = [wrong, ...store('drafts' in plan ? plan.drafts : [], '2026-05-07T12:00:00Z')];
    expect(stateFrom(effectiveEvents(log))).toMatchObject({ since: '09:15' });
    log = [...log, ...store(planUndo(log, 'station-1'), '2026-05-07T12:01:00Z')];
    expect(stateFrom(effectiveEvents(log))).toMatchObject({ status: 'present', since: '11:00' });
  });

  it('never undoes what another station did, even under the same name, nor events recorded before stations had ids', () => {
    const log = [ev('p1', 'in', '09:00', { station: 'Postazione 2', stationId: 'station-2' })];
    expect(lastAction(log, 'station-1')).toEqual([]);
    const mine = ev('p1', 'in', '09:00');
    const sameName = ev('p2', 'in', '09:05', { stationId: 'station-2' });
    const older = ev('p3', 'in', '09:06', { stationId: undefined });
    expect(lastAction([mine, sameName, older], 'station-1')).toEqual([mine]);
  });
});

describe('corrections', () => {
  it('need a reason, and change nothing without one', () => {
    const a = ev('p1', 'in', '09:00');
    expect(planCorrection([a], { sessionId: 's1', participantId: 'p1', day: DAY }, { voidEventId: a.id, replacement: null, reason: '  ' })).toEqual({ problem: 'reason' });
  });

  it('void the wrong time and record the right one', () => {
    const a = ev('p1', 'in', '11:00');
    const plan = planCorrection([a], { sessionId: 's1', participantId: 'p1', day: DAY }, { voidEventId: a.id, replacement: { kind: 'in', time: '09:15' }, reason: 'Orario registrato in ritardo' });
    expect('drafts' in plan && plan.drafts.map((d) => [d.kind, d.voidsEventId, d.time, d.source])).toEqual([
      ['void', a.id, '', 'correction'],
      ['in', null, '09:15', 'correction'],
    ]);
    const log = [a, ...store('drafts' in plan ? plan.drafts : [], '2026-05-07T12:00:00Z')];
    expect(stateFrom(effectiveEvents(log))).toMatchObject({ status: 'present', since: '09:15' });
  });

  it('refuse a bad time or an event that no longer counts', () => {
    const a = ev('p1', 'in', '09:00');
    const target = { sessionId: 's1', participantId: 'p1', day: DAY };
    expect(planCorrection([a], target, { voidEventId: null, replacement: { kind: 'out', time: '25:00' }, reason: 'x' })).toEqual({ problem: 'time' });
    expect(planCorrection([a, voidOf(a)], target, { voidEventId: a.id, replacement: null, reason: 'x' })).toEqual({ problem: 'unknownEvent' });
    expect(planCorrection([a], target, { voidEventId: null, replacement: null, reason: 'x' })).toEqual({ problem: 'nothingToCorrect' });
  });
});

describe('transcription from the paper sheet', () => {
  const row = (participantId: string, day: string, ...pairs: [string, string][]): TranscribedPresence => ({ participantId, day, intervals: pairs.map(([entry, exit]) => ({ entry, exit })) });
  const ofDay = (log: AttendanceEvent[], participantId = 'p1', day = DAY) => effectiveEvents(log).filter((e) => e.participantId === participantId && e.day === day);
  const drafts = (plan: ReturnType<typeof planTranscription>) => {
    if (!('drafts' in plan)) throw new Error(`unexpected problems: ${JSON.stringify(plan.problems)}`);
    return plan.drafts;
  };

  it('shows every interval of the day, an open one with no exit', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p1', 'out', '12:30'), ev('p1', 'in', '14:00'), ev('p1', 'out', '17:00'), ev('p2', 'in', '09:10')];
    expect(transcriptionOf(ofDay(log))).toEqual([{ entry: '09:00', exit: '12:30' }, { entry: '14:00', exit: '17:00' }]);
    expect(transcriptionOf(ofDay(log, 'p2'))).toEqual([{ entry: '09:10', exit: '' }]);
    expect(transcriptionOf([])).toEqual([]);
  });

  it('shows an exit recorded with no entry before it, so that it can be put right', () => {
    const log = [ev('p1', 'out', '08:50'), ev('p1', 'in', '09:00'), ev('p1', 'out', '13:00')];
    expect(transcriptionOf(ofDay(log))).toEqual([{ entry: '', exit: '08:50' }, { entry: '09:00', exit: '13:00' }]);
  });

  it('writes nothing at all for rows the sheet leaves as they are (blank intervals do not count)', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p1', 'out', '12:30'), ev('p1', 'in', '14:00'), ev('p1', 'out', '17:00'), ev('p2', 'in', '09:10')];
    const plan = planTranscription(log, 's1', [
      row('p1', DAY, ['09:00', '12:30'], ['14:00', '17:00'], ['', '']),
      row('p2', DAY, ['09:10', '']),
      row('p3', DAY, ['', '']),
      row('p3', '2026-05-08'),
    ], 'Foglio firme');
    expect(plan).toEqual({ drafts: [], changed: 0 });
  });

  it('keeps the lunch out-and-back when only the afternoon is corrected: the morning’s events stay untouched', () => {
    const morningIn = ev('p1', 'in', '09:00');
    const morningOut = ev('p1', 'out', '12:30');
    const afternoonIn = ev('p1', 'in', '14:00');
    const afternoonOut = ev('p1', 'out', '17:00');
    const log = [morningIn, morningOut, afternoonIn, afternoonOut];
    const plan = planTranscription(log, 's1', [row('p1', DAY, ['09:00', '12:30'], ['14:00', '16:15'])], 'Foglio firme');
    expect('changed' in plan && plan.changed).toBe(1);
    expect(drafts(plan).map((d) => [d.kind, d.voidsEventId ?? d.time, d.source, d.reason])).toEqual([
      ['void', afternoonOut.id, 'correction', 'Foglio firme'],
      ['out', '16:15', 'transcription', 'Foglio firme'],
    ]);
    const after = [...log, ...store(drafts(plan), '2026-05-07T18:00:00Z')];
    expect(transcriptionOf(ofDay(after))).toEqual([{ entry: '09:00', exit: '12:30' }, { entry: '14:00', exit: '16:15' }]);
    expect(presenceIntervals(ofDay(after)).intervals).toHaveLength(2);
  });

  it('adds a second interval to a day recorded as one, and never collapses two into one', () => {
    const a = ev('p1', 'in', '09:00');
    const b = ev('p1', 'out', '17:00');
    const plan = planTranscription([a, b], 's1', [row('p1', DAY, ['09:00', '12:30'], ['14:00', '17:00'])], 'Foglio firme');
    expect(drafts(plan).map((d) => [d.kind, d.voidsEventId ?? d.time])).toEqual([
      ['out', '12:30'],
      ['in', '14:00'],
    ]);
    const after = [a, b, ...store(drafts(plan), '2026-05-07T18:00:00Z')];
    expect(transcriptionOf(ofDay(after))).toEqual([{ entry: '09:00', exit: '12:30' }, { entry: '14:00', exit: '17:00' }]);
  });

  it('clearing an interval voids its events and nothing else', () => {
    const log = [ev('p1', 'in', '09:00'), ev('p1', 'out', '12:30'), ev('p1', 'in', '14:00'), ev('p1', 'out', '17:00')];
    const plan = planTranscription(log, 's1', [row('p1', DAY, ['09:00', '12:30'], ['', ''])], 'Non è rientrato');
    expect(drafts(plan).map((d) => [d.kind, d.voidsEventId])).toEqual([
      ['void', log[2]!.id],
      ['void', log[3]!.id],
    ]);
    const after = [...log, ...store(drafts(plan), '2026-05-07T18:00:00Z')];
    expect(transcriptionOf(ofDay(after))).toEqual([{ entry: '09:00', exit: '12:30' }]);
  });

  it('records the sheet for participant-days with nothing recorded, on any day of the session', () => {
    const plan = planTranscription([], 's1', [row('p2', DAY, ['09:30', '16:45']), row('p1', '2026-05-08', ['09:10', '13:00'])], 'Foglio firme');
    expect('changed' in plan && plan.changed).toBe(2);
    expect(drafts(plan).map((d) => [d.participantId, d.day, d.kind, d.time, d.source])).toEqual([
      ['p2', DAY, 'in', '09:30', 'transcription'],
      ['p2', DAY, 'out', '16:45', 'transcription'],
      ['p1', '2026-05-08', 'in', '09:10', 'transcription'],
      ['p1', '2026-05-08', 'out', '13:00', 'transcription'],
    ]);
  });

  it('voids what the station recorded when the sheet says otherwise, duplicates included', () => {
    const a = ev('p1', 'in', '09:00');
    const twice = ev('p1', 'in', '09:02', { station: 'Postazione 2' });
    const plan = planTranscription([a, twice], 's1', [row('p1', DAY, ['09:20', '17:00'])], 'Foglio firme');
    expect(drafts(plan).map((d) => [d.kind, d.voidsEventId ?? d.time])).toEqual([
      ['void', a.id],
      ['void', twice.id],
      ['in', '09:20'],
      ['out', '17:00'],
    ]);
  });

  it('allows an open last interval: the entry is written, the exit is left to the end of the programme', () => {
    const plan = planTranscription([], 's1', [row('p1', DAY, ['09:00', '12:30'], ['14:00', ''])], 'Foglio firme');
    expect(drafts(plan).map((d) => [d.kind, d.time])).toEqual([
      ['in', '09:00'],
      ['out', '12:30'],
      ['in', '14:00'],
    ]);
  });

  it('refuses the whole sheet when an exit comes before its entry or has no entry, and says which interval', () => {
    const plan = planTranscription([], 's1', [
      row('p1', DAY, ['09:00', '17:00']),
      row('p2', DAY, ['09:00', '12:00'], ['14:00', '13:00']),
      row('p3', DAY, ['', '13:00']),
      row('p4', DAY, ['09:00', '09:00']),
      row('p5', DAY, ['930', '']),
    ], 'Foglio firme');
    expect(plan).toEqual({
      problems: [
        { participantId: 'p2', day: DAY, interval: 1, field: 'exit', problem: 'outBeforeIn' },
        { participantId: 'p3', day: DAY, interval: 0, field: 'entry', problem: 'exitWithoutEntry' },
        { participantId: 'p4', day: DAY, interval: 0, field: 'exit', problem: 'outBeforeIn' },
        { participantId: 'p5', day: DAY, interval: 0, field: 'entry', problem: 'time' },
      ],
    });
  });

  it('refuses intervals that overlap, touch, are out of order, or leave an earlier one open', () => {
    const plan = planTranscription([], 's1', [
      row('p1', DAY, ['09:00', '13:00'], ['12:30', '17:00']),
      row('p2', DAY, ['09:00', '12:30'], ['12:30', '17:00']),
      row('p3', DAY, ['14:00', '17:00'], ['09:00', '12:30']),
      row('p4', DAY, ['09:00', ''], ['14:00', '17:00']),
      row('p5', DAY, ['09:00', '10:00'], ['', ''], ['10:30', '11:00'], ['10:45', '12:00']),
    ], 'Foglio firme');
    expect(plan).toEqual({
      problems: [
        { participantId: 'p1', day: DAY, interval: 1, field: 'entry', problem: 'overlap' },
        { participantId: 'p2', day: DAY, interval: 1, field: 'entry', problem: 'overlap' },
        { participantId: 'p3', day: DAY, interval: 1, field: 'entry', problem: 'order' },
        { participantId: 'p4', day: DAY, interval: 0, field: 'exit', problem: 'openNotLast' },
        { participantId: 'p5', day: DAY, interval: 3, field: 'entry', problem: 'overlap' },
      ],
    });
  });

  it('does not judge rows left as recorded, even when the station’s log is odd there', () => {
    const log = [ev('p1', 'out', '08:50'), ev('p1', 'in', '09:00')];
    expect(planTranscription(log, 's1', [row('p1', DAY, ['', '08:50'], ['09:00', ''])], 'Foglio firme')).toEqual({ drafts: [], changed: 0 });
    expect(intervalProblems(row('p1', DAY, ['', '08:50'], ['09:00', '']))).toEqual([{ participantId: 'p1', day: DAY, interval: 0, field: 'entry', problem: 'exitWithoutEntry' }]);
  });
});
