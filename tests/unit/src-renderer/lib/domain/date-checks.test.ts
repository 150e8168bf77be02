import { describe, expect, it } from 'vitest';
import { dateConcerns, issuedBeforeSessionEnds } from '../../../../../src-renderer/lib/domain/date-checks';

describe('dates worth a second look', () => {
  it('flags holidays, weekends and days already past, each day once and in calendar order', () => {
    // Imported on 30 November 2026: the Patti form's 20 and 27 April 2026 are past, and 25 April is a holiday.
    expect(dateConcerns(['2026-04-27', '2026-04-20', '2026-04-20'], '2026-11-30')).toEqual([
      { day: '2026-04-20', kind: 'past' },
      { day: '2026-04-27', kind: 'past' },
    ]);
    expect(dateConcerns(['2027-04-25', '2027-05-08', '2027-05-07'], '2026-11-30')).toEqual([
      { day: '2027-04-25', kind: 'holiday', holiday: 'Festa della Liberazione' },
      { day: '2027-05-08', kind: 'weekend' },
    ]);
    expect(dateConcerns(['2026-12-26'], '2026-12-27')).toEqual([
      { day: '2026-12-26', kind: 'past' },
      { day: '2026-12-26', kind: 'holiday', holiday: 'Santo Stefano' },
    ]);
  });

  it('says nothing about working days from today on, nor about text that is not a date', () => {
    expect(dateConcerns(['2026-11-30', '2026-12-01', '', '2026-02-30'], '2026-11-30')).toEqual([]);
  });

  it('knows when a certificate would be dated before the session ends', () => {
    expect(issuedBeforeSessionEnds('2026-05-07', ['2026-05-07', '2026-05-08'])).toBe(true);
    expect(issuedBeforeSessionEnds('2026-05-08', ['2026-05-07', '2026-05-08'])).toBe(false);
    expect(issuedBeforeSessionEnds('2026-05-07', [])).toBe(false);
  });
});
