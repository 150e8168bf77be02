import { describe, expect, it } from 'vitest';
import { easterSunday, holidayName, isWeekend } from '../../../../../src-renderer/lib/domain/holidays';

describe('Italian public holidays', () => {
  it('computes Easter and Easter Monday', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2030)).toBe('2030-04-21');
    expect(holidayName('2026-04-06')).toBe('Lunedì dell’Angelo');
    expect(holidayName('2027-03-29')).toBe('Lunedì dell’Angelo');
  });

  it('knows the fixed national holidays, San Francesco from 2026', () => {
    expect(holidayName('2026-04-25')).toBe('Festa della Liberazione');
    expect(holidayName('2026-06-02')).toBe('Festa della Repubblica');
    expect(holidayName('2026-12-08')).toBe('Immacolata Concezione');
    expect(holidayName('2026-10-04')).toBe('San Francesco d’Assisi');
    expect(holidayName('2025-10-04')).toBeNull();
    expect(holidayName('2026-05-07')).toBeNull();
  });

  it('tells weekends', () => {
    expect(isWeekend('2027-05-08')).toBe(true);
    expect(isWeekend('2026-05-07')).toBe(false);
  });
});
