// The check-in's hours summary and the certificates reckon the same people with the same rule.
import { describe, expect, it } from 'vitest';
import { certificatePlan } from '../../../../../src-renderer/lib/documents/handouts/certificate';
import { hoursOf, hoursSummary } from '../../../../../src-renderer/lib/domain/session-data';
import { DAYS, input, person, PEOPLE } from '../documents/handouts/attendance-fixture';

describe('the hours summary at the check-in', () => {
  it('lists the same people, hours and outcomes as the certificates', () => {
    const data = input();
    const summary = hoursSummary(data);
    const plan = certificatePlan(data);
    const row = (d: (typeof summary.decisions)[number]) => [d.participant.id, d.hours.attendedMinutes, d.byRule];
    expect(summary.decisions.map(row)).toEqual(plan.decisions.map(row));
    expect(summary.qualifying).toBe(plan.decisions.filter((d) => d.byRule).length);
    // Làzzari, D'Amico and Éboli (her open day closed at the programme's end) reach 75% of 14 hours; Bianchi does not.
    expect(summary.decisions.filter((d) => d.byRule).map((d) => d.participant.surname)).toEqual(["D'Amico", 'Éboli', 'Làzzari']);
    expect(summary.flagged).toBe(1);
  });

  it('agrees with the certificates when someone cancelled came anyway and someone waiting came without a place', () => {
    const base = input();
    // Rossi cancelled, then came both days all day (the same times as Làzzari).
    const cancelledCame = base.events.filter((e) => e.participantId === 'p1').map((e, i) => ({ ...e, id: `x${i}`, participantId: 'p5' }));
    const waiter = person('p7', 'Conti', 'Elena', 'Comune di Pavia', 'Funzionaria', { status: 'in_attesa' });
    const waiterCame = { ...base.events[0]!, id: 'w1', participantId: 'p7', day: DAYS[1]! };
    const data = input({ participants: [...PEOPLE, waiter], events: [...base.events, ...cancelledCame, waiterCame] });
    const summary = hoursSummary(data);
    const plan = certificatePlan(data);
    expect(summary.decisions.map((d) => d.participant.id)).toEqual(plan.decisions.map((d) => d.participant.id));
    expect(summary.decisions.map((d) => d.participant.id)).toContain('p7');
    // The cancelled registration has hours in the log but is no candidate: it is not counted among those who qualify.
    expect(hoursOf(data).participants.get('p5')?.qualifies).toBe(true);
    expect(summary.decisions.some((d) => d.participant.id === 'p5')).toBe(false);
    expect(summary.qualifying).toBe(plan.decisions.filter((d) => d.byRule).length);
    expect(summary.qualifying).toBe(hoursOf(data).qualifying - 1);
  });
});
