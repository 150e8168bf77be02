import { describe, expect, it } from 'vitest';
import { confirmCandidate, sessionsFromOffer, validateSession, type SessionDraft } from '../../../../../src-renderer/lib/domain/sessions';

const offer = { id: 'o1', capacityMin: 4, capacityMax: 5, format: 'workshop' as const };

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

  it('holds a webinar online and a workshop in presence, with no video call yet', () => {
    const [workshop] = sessionsFromOffer({ ...offer, dateMode: 'single', candidateSessions: [{ days: ['2026-04-20'] }] });
    expect(workshop).toMatchObject({ format: 'presenza', online: { platform: null, link: '' } });
    const [webinar] = sessionsFromOffer({ ...offer, format: 'webinar', dateMode: 'single', candidateSessions: [{ days: ['2026-04-20'] }] });
    expect(webinar).toMatchObject({ format: 'online', online: { platform: null, link: '' } });
  });

  it('gives one session per date group for several sessions', () => {
    const sessions = sessionsFromOffer({ ...offer, dateMode: 'multiple', candidateSessions: [{ days: ['2027-09-14', '2027-09-15'] }, { days: ['2027-09-21', '2027-09-22'] }] });
    expect(sessions.map((s) => s.days)).toEqual([['2027-09-14', '2027-09-15'], ['2027-09-21', '2027-09-22']]);
  });
});

describe('session validation', () => {
  const base: SessionDraft = { offerId: 'o1', days: ['2027-05-07', '2027-05-08'], candidates: [], venue: '', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'presenza', online: { platform: null, link: '' }, status: 'proposta', capacityMin: null, capacityMax: 10, notes: '', firstDay: '2027-05-07' };
  it('wants a link participants can open, when one is given', () => {
    const online = (link: string): SessionDraft => ({ ...base, format: 'online', online: { platform: 'teams', link } });
    expect(validateSession(online(''), 2)).toEqual({});
    expect(validateSession(online('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0'), 2)).toEqual({});
    expect(validateSession(online('teams.microsoft.com/l/meetup-join'), 2).online?.code).toBe('link');
    expect(validateSession(online('https://zoom.us/j/812 3456 7890'), 2).online?.code).toBe('link');
    expect(validateSession({ ...base, format: 'remoto' as never }, 2).format?.code).toBe('format');
  });

  it('accepts a contact person without e-mail, refuses an e-mail that cannot receive mail', () => {
    expect(validateSession({ ...base, contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: '' } }, 2)).toEqual({});
    expect(validateSession({ ...base, contact: { name: 'Giulia Ferrario', phone: '', email: 'giulia.ferrario@comune.monza.it' } }, 2)).toEqual({});
    expect(validateSession({ ...base, contact: { name: 'Giulia', phone: '', email: 'giulia.ferrario' } }, 2).contact?.code).toBe('contactEmail');
  });
  it('wants the days of the offer’s duration, consecutive', () => {
    expect(validateSession(base, 2)).toEqual({});
    expect(validateSession(base, 1).days?.code).toBe('daysLength');
    expect(validateSession({ ...base, days: ['2027-05-07', '2027-05-10'] }, 2).days?.code).toBe('daysConsecutive');
  });
  it('does not confirm a session without dates', () => {
    expect(validateSession({ ...base, days: [], status: 'confermata' }, 2).days?.code).toBe('confirmWithoutDays');
  });
  it('refuses a minimum above the maximum', () => {
    expect(validateSession({ ...base, capacityMin: 12 }, 2).capacityMin?.code).toBe('capacityOrder');
  });
  it('takes a questionnaire only as a full web address', () => {
    expect(validateSession({ ...base, feedbackUrl: 'https://forms.office.com/r/abc' }, 2)).toEqual({});
    expect(validateSession({ ...base, feedbackUrl: '' }, 2)).toEqual({});
    for (const bad of ['forms.office.com/r/abc', 'javascript:alert(1)', 'https://intranet']) expect(validateSession({ ...base, feedbackUrl: bad }, 2).feedbackUrl?.code, bad).toBe('feedbackUrl');
  });
});
