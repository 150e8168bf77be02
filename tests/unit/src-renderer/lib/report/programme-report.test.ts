import { describe, expect, it } from 'vitest';
import { monthsOf, periodProblem, programmeReport, yearPeriod, type ReportInput } from '../../../../../src-renderer/lib/report/programme-report';
import { noMeeting } from '../../../../../src-renderer/lib/domain/session-format';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, Offer, Participant, Session } from '../../../../../src-renderer/lib/domain/types';

const T = '2026-01-01T08:00:00.000Z';
const offer = (id: string, title: string): Offer => ({ id, createdAt: T, updatedAt: T, hostMunicipality: 'Comune di Monza', hostOffice: '', title, description: '', transferMethod: '', capacityMin: null, capacityMax: 10, targetProfiles: '', durationDays: 1, dateMode: 'multiple', candidateSessions: [], notes: '', format: 'presenza', agendaDraft: [], source: null });
const session = (id: string, offerId: string, day: string, status: Session['status']): Session => ({ id, createdAt: T, updatedAt: T, offerId, days: [day], candidates: [], venue: '', status, capacityMin: null, capacityMax: 10, notes: '', firstDay: day, format: 'presenza', online: noMeeting() });
const morning = (sessionId: string): AgendaItem => ({ id: `${sessionId}-a`, createdAt: T, updatedAt: T, sessionId, dayIndex: 0, start: '09:00', end: '13:00', title: 'Mattina', description: '', kind: 'intervento', place: '', speakers: '', countsTowardHours: true });
const person = (id: string, sessionId: string, organisation: string, status: Participant['status'] = 'confermato'): Participant => ({ id, createdAt: T, updatedAt: T, sessionId, surname: id, name: 'X', organisation, role: '', email: '', phone: '', notes: '', status, checkinCode: id.toUpperCase(), consent: { given: true, date: null }, overCapacityReason: null, walkIn: false, certificateOverride: null });
let n = 0;
const ev = (sessionId: string, participantId: string, day: string, kind: AttendanceEvent['kind'], time: string, voidsEventId: string | null = null): AttendanceEvent => ({ id: `e${++n}`, sessionId, participantId, day, kind, time, recordedAt: `${day}T${time || '12:00'}:00.000Z`, station: 'P1', source: 'desk', voidsEventId, reason: voidsEventId ? 'errore' : '' });
const answer = (id: string, sessionId: string, overall: number): FeedbackResponse => ({ id, createdAt: T, updatedAt: T, sessionId, respondentName: '', answers: { overall, clarity: 4 }, source: 'paper', externalKey: null });

function data(): ReportInput {
  const A = 'A';
  const voided = ev(A, 'a2', '2026-03-10', 'in', '09:00');
  return {
    settings: { certificateThreshold: 0.75, dayEnd: '17:00' },
    offers: [offer('o1', 'Co-progettazione'), offer('o2', 'Patti di collaborazione')],
    sessions: [
      session(A, 'o1', '2026-03-10', 'svolta'),
      session('B', 'o1', '2026-04-01', 'annullata'),
      session('C', 'o2', '2026-12-31', 'confermata'),
      session('D', 'o2', '2027-01-01', 'svolta'),
    ],
    agendaItems: ['A', 'B', 'C', 'D'].map(morning),
    participants: [
      person('a1', A, 'Comune di Bergamo'),
      person('a2', A, 'comune di  bergamo'),
      person('a3', A, 'Comune di Lecco'),
      person('a4', A, 'Comune di Como', 'in_attesa'), // waiting list, never came
      person('a5', A, 'Comune di Bergamo', 'in_attesa'), // waiting list, came anyway
      person('a6', A, 'Comune di Lodi', 'annullato'),
      person('b1', 'B', 'Comune di Pavia'),
      person('c1', 'C', 'ATS Brianza'),
      person('d1', 'D', 'Comune di Varese'),
    ],
    attendance: [
      ev(A, 'a1', '2026-03-10', 'in', '09:00'),
      ev(A, 'a1', '2026-03-10', 'out', '13:00'),
      voided, // a2's entry, recorded by mistake and voided: a2 never came
      ev(A, 'a2', '2026-03-10', 'void', '', voided.id),
      ev(A, 'a3', '2026-03-10', 'in', '10:00'),
      ev(A, 'a3', '2026-03-10', 'out', '13:00'),
      ev(A, 'a5', '2026-03-10', 'in', '09:00'),
      ev(A, 'a5', '2026-03-10', 'out', '11:00'),
      ev('B', 'b1', '2026-04-01', 'in', '09:00'),
      ev('C', 'c1', '2026-12-31', 'in', '09:00'),
      ev('C', 'c1', '2026-12-31', 'out', '10:30'),
      ev('D', 'd1', '2027-01-01', 'in', '09:00'),
    ],
    feedback: [answer('r1', A, 5), answer('r2', A, 4), answer('r3', 'B', 1), answer('r4', 'D', 1), answer('r5', 'C', 3)],
  };
}

describe('programme report', () => {
  const report = programmeReport(data(), { from: '2026-01-01', to: '2026-12-31' });

  it('counts a session by its first day, leaves the cancelled one out and the next year’s session too', () => {
    expect(report.sessions).toBe(2);
    expect(report.sessionsHeld).toBe(1);
    expect(report.sessionsCancelled).toBe(1);
    expect(report.offersOffered).toBe(2);
  });

  it('counts as present anyone with an entry not voided: the waiting-list guest who came, not the voided entry or who never came', () => {
    expect(report.participantsPresent).toBe(4); // a1, a3, a5 and c1
    expect(report.participantsRegistered).toBe(5); // confirmed a1 a2 a3 c1, plus a5 who came
    expect(report.attendanceRate).toBeCloseTo(4 / 5);
  });

  it('adds up the hours attended of the counted programme and the certificates due', () => {
    expect(report.personHours).toBe(4 + 3 + 2 + 1.5);
    expect(report.certificates).toBe(2); // a1 (4 h of 4) and a3 (3 h: exactly 75%); not a5 (2 h) nor c1 (1.5 h)
  });

  it('groups organisations whatever their spacing and case, with how many people each', () => {
    expect(report.organisations.map((o) => [o.name, o.participants, o.personHours])).toEqual([
      ['Comune di Bergamo', 2, 6],
      ['ATS Brianza', 1, 1.5],
      ['Comune di Lecco', 1, 3],
    ]);
    expect(report.municipalities).toBe(2);
  });

  it('averages the answers of the sessions of the period only', () => {
    const overall = report.satisfaction.find((s) => s.id === 'overall')!;
    expect(report.responses).toBe(3);
    expect(overall.average).toBeCloseTo(4);
    expect(overall.distribution).toEqual([0, 0, 1, 1, 1]);
    expect(report.satisfaction.find((s) => s.id === 'usefulness')!.average).toBeNull();
  });

  it('gives every month of the period, and the figures per offer', () => {
    expect(report.months).toHaveLength(12);
    expect(report.months[2]).toMatchObject({ month: '2026-03', sessionsHeld: 1, participantsPresent: 3, personHours: 9, certificates: 2, responses: 2, satisfaction: 4.5 });
    expect(report.months[3]).toMatchObject({ month: '2026-04', sessions: 0, participantsPresent: 0 });
    expect(report.offers.map((o) => [o.title, o.sessions, o.participantsPresent])).toEqual([
      ['Co-progettazione', 1, 3],
      ['Patti di collaborazione', 1, 1],
    ]);
  });

  it('lists a session with people present that is not yet marked as held', () => {
    expect(report.sessionsNotMarkedHeld).toEqual([{ sessionId: 'C', title: 'Patti di collaborazione', firstDay: '2026-12-31' }]);
  });

  it('moves a session across the boundary with the period', () => {
    const next = programmeReport(data(), { from: '2027-01-01', to: '2027-01-01' });
    expect([next.sessions, next.sessionsHeld, next.participantsPresent]).toEqual([1, 1, 1]);
    const spring = programmeReport(data(), { from: '2026-03-11', to: '2026-12-30' });
    expect([spring.sessions, spring.sessionsCancelled, spring.participantsPresent]).toEqual([0, 1, 0]);
  });

  it('counts a purged session from its anonymous statistics', () => {
    const d = data();
    d.sessions = d.sessions.map((s) => (s.id === 'A' ? { ...s, statistics: { purgedAt: T, participants: 4, attended: 3, minutes: 540, byOrganisation: [{ organisation: 'Comune di Bergamo', participants: 2, minutes: 360 }] } } : s));
    d.participants = d.participants.filter((p) => p.sessionId !== 'A');
    d.attendance = d.attendance.filter((e) => e.sessionId !== 'A');
    const r = programmeReport(d, { from: '2026-01-01', to: '2026-12-31' });
    expect([r.participantsPresent, r.personHours, r.purgedSessions]).toEqual([4, 10.5, 1]);
  });

  it('counts presence followed online as the hours do: present, hours, certificate; a hybrid day counted once', () => {
    const base = data();
    const online = (participantId: string, kind: AttendanceEvent['kind'], time: string): AttendanceEvent => ({ ...ev('E', participantId, '2026-05-05', kind, time), source: 'online', platform: 'teams' });
    // e1 only online, the whole morning; e2 at the door 9–11 and online 10–13 (overlap counted once: 4 hours).
    const input: ReportInput = {
      ...base,
      sessions: [...base.sessions, { ...session('E', 'o2', '2026-05-05', 'svolta'), format: 'ibrida', online: { platform: 'teams', link: 'https://teams.example/x' } }],
      agendaItems: [...base.agendaItems, morning('E')],
      participants: [...base.participants, person('e1', 'E', 'Comune di Cremona'), person('e2', 'E', 'Comune di Cremona')],
      attendance: [...base.attendance, online('e1', 'in', '09:00'), online('e1', 'out', '13:00'), ev('E', 'e2', '2026-05-05', 'in', '09:00'), ev('E', 'e2', '2026-05-05', 'out', '11:00'), online('e2', 'in', '10:00'), online('e2', 'out', '13:00')],
    };
    const withOnline = programmeReport(input, { from: '2026-01-01', to: '2026-12-31' });
    expect(withOnline.participantsPresent).toBe(report.participantsPresent + 2);
    expect(withOnline.personHours).toBeCloseTo(report.personHours + 8);
    expect(withOnline.certificates).toBe(report.certificates + 2);
  });

  it('checks a period and proposes the calendar year', () => {
    expect(yearPeriod('2026-05-07')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodProblem({ from: '2026-12-31', to: '2026-01-01' })).toBe('report.period.error.order');
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('report.period.error.invalid');
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
