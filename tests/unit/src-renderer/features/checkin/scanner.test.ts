import { describe, expect, it } from 'vitest';
import { ScanDetector } from '../../../../../src-renderer/features/checkin/scanner';

function typeInto(detector: ScanDetector, text: string, start: number, gap: number, prefix = ''): number {
  let t = start;
  for (let i = 1; i <= text.length; i++) {
    detector.input(prefix + text.slice(0, i), t);
    t += gap;
  }
  return t - gap;
}

describe('telling a scanner from a person', () => {
  it('takes a fast burst followed by Enter as a scanned code', () => {
    const d = new ScanDetector();
    const end = typeInto(d, 'K7M2P', 1000, 8);
    expect(d.scanned(end + 10)).toBe('K7M2P');
  });

  it('does not take a person typing a name as a scan', () => {
    const d = new ScanDetector();
    const end = typeInto(d, 'rossi', 1000, 150);
    expect(d.scanned(end + 200)).toBeNull();
  });

  it('finds the scanned code even after a name someone had started typing', () => {
    const d = new ScanDetector();
    const end1 = typeInto(d, 'ros', 1000, 180);
    const end2 = typeInto(d, 'K7M2P', end1 + 2000, 6, 'ros');
    expect(d.scanned(end2 + 5)).toBe('K7M2P');
  });

  it('ignores too short a burst and starts over after the box is cleared', () => {
    const d = new ScanDetector();
    const end = typeInto(d, 'abc', 1000, 5);
    expect(d.scanned(end + 5)).toBeNull();
    d.input('', end + 10);
    expect(d.scanned(end + 20)).toBeNull();
  });
});
