import { describe, expect, it } from 'vitest';
import { orderedInstants } from '../../../../../src-renderer/lib/db/ids';

describe('ordered instants', () => {
  it('never repeat or go back, even when the clock has not moved', () => {
    const now = new Date('2026-05-07T09:00:00.000Z');
    const [a] = orderedInstants(1, now);
    const [b] = orderedInstants(1, now);
    const batch = orderedInstants(3, now);
    const all = [a!, b!, ...batch];
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(5);
  });

  it('follow the clock when it is ahead', () => {
    expect(orderedInstants(2, new Date('2030-01-01T00:00:00.000Z'))).toEqual(['2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.001Z']);
  });
});
