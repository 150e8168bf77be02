import { describe, expect, it } from 'vitest';
import { emptyOffer, validateOffer, type OfferDraft } from '../../../../../src-renderer/lib/domain/offers';

const valid = (changes: Partial<OfferDraft> = {}): OfferDraft => ({ ...emptyOffer('Comune di Monza'), title: 'Patti di Cittadinanza', ...changes });

describe('offer validation', () => {
  it('accepts a complete offer', () => {
    expect(validateOffer(valid({ candidateSessions: [{ days: ['2026-04-20'] }] }))).toEqual({});
  });

  it('refuses a minimum above the maximum, naming both numbers', () => {
    expect(validateOffer(valid({ capacityMin: 8, capacityMax: 5 })).capacityMin).toEqual({ code: 'capacityOrder', params: { min: 8, max: 5 } });
  });

  it('refuses a duration other than one or two days', () => {
    expect(validateOffer(valid({ durationDays: 3 as 1 })).durationDays?.code).toBe('duration');
  });

  it('wants each candidate session as long as the duration, on consecutive real days', () => {
    expect(validateOffer(valid({ durationDays: 2, candidateSessions: [{ days: ['2026-05-07'] }] })).candidateSessions).toEqual({ code: 'sessionLength', params: { n: 1, days: 2 } });
    expect(validateOffer(valid({ durationDays: 2, candidateSessions: [{ days: ['2026-05-07', '2026-05-09'] }] })).candidateSessions?.code).toBe('sessionConsecutive');
    expect(validateOffer(valid({ candidateSessions: [{ days: ['2026-02-30'] }] })).candidateSessions?.code).toBe('sessionDate');
    expect(validateOffer(valid({ dateMode: 'single', candidateSessions: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }] })).candidateSessions?.code).toBe('singleMany');
  });

  it('needs a title, a municipality and a maximum of at least one', () => {
    expect(Object.keys(validateOffer({ ...emptyOffer(), capacityMax: 0 })).sort()).toEqual(['capacityMax', 'hostMunicipality', 'title']);
  });
});
