import { describe, expect, it } from 'vitest';
import { effectiveEvents, dayStates, lastAction, planCheckIn, planCorrection, planTranscription, transcriptionOf } from '../../../../../src-renderer/lib/domain/attendance';
import { defaultDecision, joinSpans, matchReport, planOnlineImport, splitName, type ReportedPerson } from '../../../../../src-renderer/lib/domain/online-attendance';
import type { AttendanceEvent, Participant } from '../../../../../src-renderer/lib/domain/types';
import { ev } from './attendance-helpers';

const DAY = '2026-05-07';
const T0 = '2026-04-01T08:00:00.000Z';

function participant(id: string, name: string, surname: string, email = '', status: Participant['status'] = 'confermato'): Participant {
  return { id, createdAt: T0, updatedAt: T0, sessionId: 's1', surname, name, organisation: '', role: '', email, phone: '', notes: '', dietary: '', status, checkinCode: id.toUpperCase(), consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false, certificateOverride: null };
}

function reported(name: string, email = '', role: ReportedPerson['role'] = 'attendee', spans: [string, string][] = [['09:30', '12:00']], aliases: string[] = []): ReportedPerson {
  return { name, email, role, intervals: spans.map(([s, e]) => ({ start: `${DAY}T${s}`, end: `${DAY}T${e}` })), minutes: 0, aliases };
}

const PEOPLE = [
  participant('p1', 'Nicolò', 'Rossi', 'nicolo.rossi@comune.bergamo.it'),
  participant('p2', 'Lucia', "D'Amico", 'l.damico@comune.lecco.it'),
  participant('p3', 'Marco', 'De Luca', 'marco.deluca@comune.sestosg.mi.it'),
  participant('p4', 'Chiara', 'Ferrari', 'chiara.ferrari@comune.como.it'),
  participant('p5', 'Andrea', 'Colombo', 'andrea.colombo@comune.brescia.it'),
  participant('p6', 'Giulia', 'Bianchi', 'giulia.bianchi@cittametropolitana.mi.it', 'annullato'),
];

describe('matching the people of a report to the participants', () => {
  it('matches by e-mail first, whatever the letter case, then by name whatever accents, case and order', () => {
    const { matches, absent } = matchReport(
      [
        reported('Nico Rossi', 'NICOLO.ROSSI@COMUNE.BERGAMO.IT'),
        reported('lucia d’amico', 'lucia.private@gmail.com'),
        reported('DE LUCA MARCO'),
        reported('Chiara Ferràri'),
        reported('Paolo Verdi', 'paolo.verdi@comune.varese.it'),
      ],
      PEOPLE,
    );
    expect(matches.map((m) => [m.participantId, m.by])).toEqual([
      ['p1', 'email'],
      ['p2', 'name'],
      ['p3', 'name'],
      ['p4', 'name'],
      [null, null],
    ]);
    // Registered and confirmed but not in the report; a cancelled registration is not expected.
    expect(absent.map((p) => p.id)).toEqual(['p5']);
  });

  it('matches by an alias (Zoom’s original name) and never to a cancelled registration', () => {
    const { matches } = matchReport([reported('Giulia B.', '', 'attendee', undefined, ['Giulia Bianchi']), reported('Andrea C.', '', 'attendee', undefined, ['Andrea Colombo'])], PEOPLE);
    expect(matches.map((m) => m.participantId)).toEqual([null, 'p5']);
  });

  it('leaves two people with the same name for the coordinator to choose', () => {
    const twins = [participant('a', 'Marco', 'Rossi'), participant('b', 'Marco', 'Rossi')];
    const [match] = matchReport([reported('Marco Rossi')], twins).matches;
    expect(match).toMatchObject({ participantId: null, candidates: ['a', 'b'] });
  });

  it('proposes: the match; organisers, presenters and phone numbers left out; other people as walk-ins', () => {
    const noMatch = { index: 0, participantId: null, by: null, candidates: [] };
    expect(defaultDecision(reported('Elena Galli', 'e@x.it', 'organizer'), noMatch)).toEqual({ action: 'skip' });
    expect(defaultDecision(reported('Roberto Sala', '', 'presenter'), noMatch)).toEqual({ action: 'skip' });
    expect(defaultDecision(reported('+39 039 123 4567'), noMatch)).toEqual({ action: 'skip' });
    expect(defaultDecision(reported('Marco De Luca'), noMatch)).toEqual({ action: 'walkIn', name: 'Marco', surname: 'De Luca', organisation: '' });
    expect(defaultDecision(reported('Nicolò Rossi'), { ...noMatch, participantId: 'p1', by: 'name' })).toEqual({ action: 'assign', participantId: 'p1' });
  });

  it('splits a name into name and surname, particles and "Surname, Name" included', () => {
    expect(splitName('Paolo Verdi')).toEqual({ name: 'Paolo', surname: 'Verdi' });
    expect(splitName('Maria Grazia Dalla Chiesa')).toEqual({ name: 'Maria Grazia', surname: 'Dalla Chiesa' });
    expect(splitName('Rossi, Nicolò')).toEqual({ name: 'Nicolò', surname: 'Rossi' });
  });
});

const online = (participantId: string, kind: 'in' | 'out', time: string, extra: Partial<AttendanceEvent> = {}) => ev(participantId, kind, time, { source: 'online', platform: 'teams', ...extra });
const spans = (list: [string, string][]) => list.map(([start, end]) => ({ start, end }));

/** Appends a plan's drafts to a log, as the repository does. */
function apply(log: AttendanceEvent[], plan: ReturnType<typeof planOnlineImport>): AttendanceEvent[] {
  return [...log, ...plan.drafts.map((d, i) => ({ ...d, id: `x${log.length + i}`, recordedAt: `2026-05-07T20:${String(log.length).padStart(2, '0')}:00Z`, station: 'Postazione 1' }))];
}
const input = (presence: Record<string, [string, string][]>, mode: 'replace' | 'add' = 'replace') => ({ sessionId: 's1', day: DAY, platform: 'teams' as const, presence: new Map(Object.entries(presence).map(([k, v]) => [k, spans(v)])), mode, reason: 'Report Microsoft Teams' });
const onlineOf = (log: AttendanceEvent[], id: string) => effectiveEvents(log).filter((e) => e.participantId === id && e.platform).map((e) => `${e.kind} ${e.time}`);

describe('writing a report into the attendance log', () => {
  it('writes each person’s intervals as online entries and exits with the platform', () => {
    const plan = planOnlineImport([], input({ p1: [['09:28', '10:41'], ['10:44', '12:16']] }));
    expect(plan.drafts).toEqual([
      expect.objectContaining({ participantId: 'p1', kind: 'in', time: '09:28', source: 'online', platform: 'teams', reason: 'Report Microsoft Teams' }),
      expect.objectContaining({ kind: 'out', time: '10:41' }),
      expect.objectContaining({ kind: 'in', time: '10:44' }),
      expect.objectContaining({ kind: 'out', time: '12:16' }),
    ]);
    expect(plan.written).toEqual(['p1']);
  });

  it('changes nothing when the same report is imported twice', () => {
    const log = apply([], planOnlineImport([], input({ p1: [['09:28', '12:16']], p2: [['09:30', '13:00']] })));
    const again = planOnlineImport(log, input({ p1: [['09:28', '12:16']], p2: [['09:30', '13:00']] }));
    expect(again).toMatchObject({ drafts: [], written: [], unchanged: ['p1', 'p2'] });
  });

  it('replaces the day’s earlier online presence with a corrected report, leaving the unchanged and the door alone', () => {
    let log = [ev('p3', 'in', '09:00'), ev('p3', 'out', '12:00')];
    log = apply(log, planOnlineImport(log, input({ p1: [['09:28', '12:16']], p2: [['09:30', '13:00']], p4: [['09:30', '10:00']] })));
    const corrected = planOnlineImport(log, input({ p1: [['09:28', '12:16']], p2: [['09:30', '11:00'], ['11:30', '13:00']] }));
    expect(corrected).toMatchObject({ written: ['p2'], replaced: ['p2'], removed: ['p4'], unchanged: ['p1'] });
    log = apply(log, corrected);
    expect(onlineOf(log, 'p2')).toEqual(['in 09:30', 'out 11:00', 'in 11:30', 'out 13:00']);
    expect(onlineOf(log, 'p4')).toEqual([]);
    expect(onlineOf(log, 'p1')).toEqual(['in 09:28', 'out 12:16']);
    // The door's events are untouched.
    expect(effectiveEvents(log).filter((e) => e.participantId === 'p3').map((e) => `${e.kind} ${e.time}`)).toEqual(['in 09:00', 'out 12:00']);
  });

  it('adds a second meeting of the same day to the first when asked to', () => {
    let log = apply([], planOnlineImport([], input({ p1: [['09:30', '11:00']] })));
    log = apply(log, planOnlineImport(log, input({ p1: [['14:00', '16:00']], p2: [['14:00', '16:00']] }, 'add')));
    expect(onlineOf(log, 'p1')).toEqual(['in 09:30', 'out 11:00', 'in 14:00', 'out 16:00']);
    expect(onlineOf(log, 'p2')).toEqual(['in 14:00', 'out 16:00']);
  });

  it('joins intervals that overlap or touch, so entries and exits always pair up again', () => {
    expect(joinSpans(spans([['10:00', '11:00'], ['09:00', '10:00'], ['10:30', '12:00'], ['13:00', '13:00']]))).toEqual(spans([['09:00', '12:00']]));
  });
});

describe('the door keeps to itself on a hybrid day', () => {
  const log = [online('p1', 'in', '09:00'), online('p1', 'out', '10:00')];

  it('someone who followed online is not "present" at the desk and can be checked in', () => {
    expect(dayStates(log, DAY).get('p1')).toBeUndefined();
    expect(planCheckIn(log, 's1', 'p1', DAY, '10:30', 'desk')).toMatchObject({ action: 'write' });
  });

  it('the paper sheet neither shows nor voids presence followed online', () => {
    expect(transcriptionOf(effectiveEvents(log))).toEqual([]);
    const plan = planTranscription(log, 's1', [{ participantId: 'p1', day: DAY, intervals: [{ entry: '10:30', exit: '12:00' }] }], 'foglio');
    expect('drafts' in plan && plan.drafts.map((d) => `${d.kind} ${d.time} ${d.platform ?? 'door'}`)).toEqual(['in 10:30 door', 'out 12:00 door']);
  });

  it('undoing the desk’s last action never undoes an imported report', () => {
    expect(lastAction([...log.map((e) => ({ ...e, recordedAt: '2026-05-07T20:00:00Z' }))], 'Postazione 1')).toEqual([]);
  });

  it('correcting a time followed online keeps it online', () => {
    const plan = planCorrection(log, { sessionId: 's1', participantId: 'p1', day: DAY }, { voidEventId: log[1]!.id, replacement: { kind: 'out', time: '10:30' }, reason: 'report sbagliato' });
    expect('drafts' in plan && plan.drafts.map((d) => [d.kind, d.time, d.platform ?? null])).toEqual([
      ['void', '', null],
      ['out', '10:30', 'teams'],
    ]);
  });
});
