import { describe, expect, it } from 'vitest';
import { areConsecutive, formatDays, formatLongDate, isIsoDate, isIsoInstant, parseIsoDate } from '../../../../../src-renderer/lib/domain/dates';
import { formatDuration, normaliseTime, toMinutes } from '../../../../../src-renderer/lib/domain/times';

describe('dates the Italian way', () => {
  it('writes a day as Italians do', () => {
    expect(formatLongDate('2026-05-07')).toBe('giovedì 7 maggio 2026');
    expect(formatLongDate('2026-05-07', 'en')).toBe('Thursday 7 May 2026');
  });

  it('writes the days of a session in one phrase', () => {
    expect(formatDays(['2026-05-07', '2026-05-08'])).toBe('giovedì 7 e venerdì 8 maggio 2026');
    expect(formatDays(['2026-04-30', '2026-05-01'])).toBe('giovedì 30 aprile e venerdì 1 maggio 2026');
    expect(formatDays(['2026-12-31', '2027-01-01'])).toBe('giovedì 31 dicembre 2026 e venerdì 1 gennaio 2027');
    expect(formatDays(['2026-04-20'])).toBe('lunedì 20 aprile 2026');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(parseIsoDate('7/5/2026')).toBeNull();
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses instants on days or at times that do not exist, which Date would quietly roll over', () => {
    expect(isIsoInstant('2026-05-07T07:05:00.000Z')).toBe(true);
    expect(isIsoInstant('2026-05-07T09:05+02:00')).toBe(true);
    expect(isIsoInstant('2026-02-30T10:00:00.000Z')).toBe(false);
    expect(isIsoInstant('2026-13-45T10:00:00.000Z')).toBe(false);
    expect(isIsoInstant('2026-05-07T24:10:00.000Z')).toBe(false);
    expect(isIsoInstant('2026-05-07 10:00')).toBe(false);
    expect(isIsoInstant('ieri sera!')).toBe(false);
  });

  it('knows consecutive days across a month end', () => {
    expect(areConsecutive(['2026-04-30', '2026-05-01'])).toBe(true);
    expect(areConsecutive(['2026-05-07', '2026-05-09'])).toBe(false);
  });
});

describe('times and durations', () => {
  it('accepts times as people type them', () => {
    expect(normaliseTime('9')).toBe('09:00');
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime('17:05')).toBe('17:05');
    expect(normaliseTime('25:00')).toBeNull();
    expect(normaliseTime('ciao')).toBeNull();
    expect(toMinutes('13:45')).toBe(825);
  });

  it('writes hours attended in words', () => {
    expect(formatDuration(390)).toBe('6 ore e 30 minuti');
    expect(formatDuration(60)).toBe('1 ora');
    expect(formatDuration(61)).toBe('1 ora e 1 minuto');
    expect(formatDuration(45)).toBe('45 minuti');
    expect(formatDuration(0)).toBe('0 minuti');
    expect(formatDuration(390, 'en')).toBe('6 hours 30 minutes');
  });
});
