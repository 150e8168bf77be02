import { describe, expect, it } from 'vitest';
import { decideCertificates, makeOverride, validateOverrideReason } from '../../../../../src-renderer/lib/domain/certificates';
import { input, PEOPLE } from '../documents/handouts/attendance-fixture';
import { hoursOf } from '../../../../../src-renderer/lib/domain/session-data';

describe('who receives a certificate', () => {
  it('lists the confirmed by surname, with hours attended against hours required; not the cancelled, nor someone still waiting who never came', () => {
    const decisions = decideCertificates(PEOPLE, hoursOf(input()));
    // Zanetti is on the waiting list and her only check-in was voided as a mistake: she had no place.
    expect(decisions.map((d) => d.participant.surname)).toEqual(['Bianchi', "D'Amico", 'Éboli', 'Làzzari']);
    expect(decisions.find((d) => d.participant.surname === 'Éboli')!.hours.flagged).toBe(true);
  });

  it('counts someone from the waiting list who came anyway, and a confirmed person who never came is a «no»', () => {
    const people = PEOPLE.map((p) => (p.id === 'p1' ? { ...p, status: 'in_attesa' as const } : p.id === 'p4' ? { ...p, status: 'confermato' as const } : p));
    const decisions = decideCertificates(people, hoursOf(input({ participants: people })));
    expect(decisions.map((d) => d.participant.surname)).toEqual(['Bianchi', "D'Amico", 'Éboli', 'Làzzari', 'Zanetti']);
    expect(decisions.find((d) => d.participant.id === 'p1')).toMatchObject({ receives: true });
    const zanetti = decisions.find((d) => d.participant.id === 'p4')!;
    expect(zanetti).toMatchObject({ receives: false, byRule: false });
    expect(zanetti.hours.reason).toEqual({ code: 'neverPresent' });
  });

  it('lets a decision by hand win over the hours rule', () => {
    const people = PEOPLE.map((p) => (p.id === 'p4' ? { ...p, certificateOverride: makeOverride(true, 'Presente, non registrata', '2026-05-09T10:00:00.000Z') } : p));
    const zanetti = decideCertificates(people, hoursOf(input({ participants: people }))).find((d) => d.participant.id === 'p4')!;
    expect(zanetti).toMatchObject({ byRule: false, receives: true, override: { include: true, reason: 'Presente, non registrata' } });
  });

  it('asks for a reason of at least three characters and at most 300', () => {
    expect(validateOverrideReason('  ')).toBe('reasonRequired');
    expect(validateOverrideReason('x'.repeat(301))).toBe('reasonTooLong');
    expect(validateOverrideReason('Giustificata')).toBeNull();
  });
});
