import { describe, expect, it } from 'vitest';
import { confirmCandidate, sessionsFromOffer, validateSession, type SessionDraft } from '../../../../../src-renderer/lib/domain/sessions';

const offer = { id: 'o1', capacityMin: 4, capacityMax: 5 };

describe('sessions from an offer', () => {
  it('gives one session for a single date, with the offer’s capacity', () => {
    const [s, ...rest] = sessionsFromOffer({ ...offer, dateMode: 'single', candidateSessions: [{ days: ['2027-05-07', '2027-05-08'] }] });
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ offerId: 'o1', days: ['2027-05-07', '2027-05-08'], candidates: [], status: 'proposta', capacityMin: 4, capacityMax: 5, firstDay: '2027-05-07' });
  });

  it('gives one proposed session carrying the alternatives until one is chosen', () => {
    const sessions = sessionsFromOffer({ ...offer, dateMode: 'alternatives', candidateSessions: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }] });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ days: [], candidates: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }], firstDay: '2026-04-20' });
    expect(confirmCandidate(sessions[0]!, 1)).toEqual({ days: ['2026-04-27'], candidates: [], status: 'confermata', firstDay: '2026-04-27' });
  });

  it('gives one session per date group for several sessions', () => {
    const sessions = sessionsFromOffer({ ...offer, dateMode: 'multiple', candidateSessions: [{ days: ['2027-09-14', '2027-09-15'] }, { days: ['2027-09-21', '2027-09-22'] }] });
    expect(sessions.map((s) => s.days)).toEqual([['2027-09-14', '2027-09-15'], ['2027-09-21', '2027-09-22']]);
  });
});

describe('session validation', () => {
  const base: SessionDraft = { offerId: 'o1', days: ['2027-05-07', '2027-05-08'], candidates: [], venue: '', status: 'proposta', capacityMin: null, capacityMax: 10, notes: '', firstDay: '2027-05-07' };
  it('wants the days of the offer’s duration, consecutive', () => {
    expect(validateSession(base, 2)).toEqual({});
    expect(validateSession(base, 1).days?.key).toBe('sessions.error.daysLength');
    expect(validateSession({ ...base, days: ['2027-05-07', '2027-05-10'] }, 2).days?.key).toBe('sessions.error.daysConsecutive');
  });
  it('does not confirm a session without dates', () => {
    expect(validateSession({ ...base, days: [], status: 'confermata' }, 2).days?.key).toBe('sessions.error.confirmWithoutDays');
  });
  it('refuses a minimum above the maximum', () => {
    expect(validateSession({ ...base, capacityMin: 12 }, 2).capacityMin?.key).toBe('sessions.error.capacityOrder');
  });
});
