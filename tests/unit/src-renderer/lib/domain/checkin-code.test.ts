import { describe, expect, it } from 'vitest';
import { CHECKIN_ALPHABET, CHECKIN_CODE_LENGTH, checkCharacter, generateCheckinCode, isValidCheckinCode, normaliseCheckinCode } from '../../../../../src-renderer/lib/domain/checkin-code';

describe('check-in codes', () => {
  it('use no characters that can be confused (0/O, 1/I/L)', () => {
    expect(CHECKIN_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const code = generateCheckinCode();
      expect(code).toHaveLength(CHECKIN_CODE_LENGTH);
      expect(code).not.toMatch(/[01OIL]/);
      expect(isValidCheckinCode(code)).toBe(true);
    }
  });

  it('catch every single mistyped character and every swap of neighbours', () => {
    const code = generateCheckinCode();
    for (let pos = 0; pos < code.length; pos++) {
      for (const c of CHECKIN_ALPHABET) {
        if (c === code[pos]) continue;
        expect(isValidCheckinCode(code.slice(0, pos) + c + code.slice(pos + 1))).toBe(false);
      }
    }
    for (let pos = 0; pos + 1 < code.length; pos++) {
      if (code[pos] === code[pos + 1]) continue;
      const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
      expect(isValidCheckinCode(swapped)).toBe(false);
    }
  });

  it('accept what a person types in lower case with spaces or dashes', () => {
    const code = 'AB3D' + checkCharacter('AB3D');
    expect(isValidCheckinCode(` ab-3d ${code.slice(-1).toLowerCase()}`)).toBe(true);
    expect(normaliseCheckinCode('ab 3d-x')).toBe('AB3DX');
  });

  it('never give out a code already taken', () => {
    const taken = new Set(['2222' + checkCharacter('2222')]);
    let calls = 0;
    const random = (n: number) => new Uint32Array(n).fill(calls++ === 0 ? 0 : 1);
    const code = generateCheckinCode((c) => taken.has(c), random);
    expect(code).toBe('3333' + checkCharacter('3333'));
  });
});
