// Dates and times as a coordinator types them into a field (gg/mm/aaaa, 9.30): what is stored, and what is refused.
import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../../../src-renderer/lib/domain/dates';
import { parseTypedTime } from '../../../../../src-renderer/lib/domain/times';

const iso = (text: string) => {
  const typed = parseTypedDate(text);
  return typed.kind === 'date' ? typed.iso : typed;
};

describe('a date typed the Italian way', () => {
  it('stores 7 May 2026 however an Italian writes it', () => {
    for (const text of ['07/05/2026', '7/5/2026', '07-05-2026', '7.5.2026', '7 5 2026', ' 7 / 5 / 2026 ', '7.5.26', '07/05/26', '2026-05-07']) {
      expect(iso(text), text).toBe('2026-05-07');
    }
  });

  it('reads day first, never month first', () => {
    expect(iso('05/07/2026')).toBe('2026-07-05');
    expect(iso('12/1/2027')).toBe('2027-01-12');
  });

  it('says a date is complete only once the year has four digits', () => {
    expect(parseTypedDate('7/5/2026')).toEqual({ kind: 'date', iso: '2026-05-07', complete: true });
    expect(parseTypedDate('7/5/20')).toEqual({ kind: 'date', iso: '2020-05-07', complete: false });
    expect(parseTypedDate('2026-05-07')).toMatchObject({ complete: true });
  });

  it('takes a two-digit year as this century', () => {
    expect(iso('1/1/00')).toBe('2000-01-01');
    expect(iso('31/12/99')).toBe('2099-12-31');
  });

  it('knows leap years: 29 February exists in 2028 and 2000, not in 2027 or 2100', () => {
    expect(iso('29/02/2028')).toBe('2028-02-29');
    expect(iso('29/2/2000')).toBe('2000-02-29');
    expect(parseTypedDate('29/02/2027')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '29/02/2027' });
    expect(parseTypedDate('29/02/2100')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '29/02/2100' });
  });

  it('names the day that does not exist as dd/mm/yyyy, so the message can show it', () => {
    expect(parseTypedDate('31/02/2026')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '31/02/2026' });
    expect(parseTypedDate('31/4/26')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '31/04/2026' });
    expect(parseTypedDate('7/13/2026')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '07/13/2026' });
    expect(parseTypedDate('0/5/2026')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '00/05/2026' });
    expect(parseTypedDate('2026-02-30')).toEqual({ kind: 'invalid', reason: 'noSuchDay', written: '30/02/2026' });
  });

  it('treats a blank field as no date', () => {
    expect(parseTypedDate('')).toEqual({ kind: 'blank' });
    expect(parseTypedDate('   ')).toEqual({ kind: 'blank' });
  });

  it('refuses what is not a date, including a date without its year and an implausible year', () => {
    for (const text of ['ciao', '7/5', '7/5/202', '7/5/20261', '07052026', '7//5/2026', '7/5/2026 10:00', 'giovedì 7 maggio 2026', '1.5e3']) {
      expect(parseTypedDate(text), text).toEqual({ kind: 'invalid', reason: 'format' });
    }
    expect(parseTypedDate('7/5/1026')).toEqual({ kind: 'invalid', reason: 'year', year: '1026' });
    expect(parseTypedDate('7/5/0026')).toEqual({ kind: 'invalid', reason: 'year', year: '0026' });
  });
});

describe('a time typed as people type it', () => {
  it('stores 09:30 from 9.30, 930, 0930, 9,30, 9h30 and 09:30', () => {
    for (const text of ['9.30', '930', '0930', '9,30', '9h30', '09:30', '9:30', ' 9 . 30 ']) {
      expect(parseTypedTime(text), text).toMatchObject({ kind: 'time', value: '09:30' });
    }
    expect(parseTypedTime('9')).toEqual({ kind: 'time', value: '09:00', complete: false });
    expect(parseTypedTime('17:05')).toEqual({ kind: 'time', value: '17:05', complete: true });
    expect(parseTypedTime('0:00')).toMatchObject({ value: '00:00' });
    expect(parseTypedTime('23:59')).toMatchObject({ value: '23:59' });
  });

  it('refuses hours past 23 and minutes past 59, saying which time does not exist', () => {
    expect(parseTypedTime('24:00')).toEqual({ kind: 'invalid', reason: 'range', written: '24:00' });
    expect(parseTypedTime('12:60')).toEqual({ kind: 'invalid', reason: 'range', written: '12:60' });
    expect(parseTypedTime('2400')).toEqual({ kind: 'invalid', reason: 'range', written: '24:00' });
    expect(parseTypedTime('25')).toEqual({ kind: 'invalid', reason: 'range', written: '25:00' });
  });

  it('treats a blank field as no time and refuses what is not a time', () => {
    expect(parseTypedTime('')).toEqual({ kind: 'blank' });
    expect(parseTypedTime('  ')).toEqual({ kind: 'blank' });
    for (const text of ['ciao', '9:5', '9:', ':30', '12345', '9.30.00', '4:30 PM', '-9']) {
      expect(parseTypedTime(text), text).toEqual({ kind: 'invalid', reason: 'format' });
    }
  });
});
