import { describe, expect, it } from 'vitest';
import { foldAccents, foldAccentsKeepingLength } from '../../../../../src-renderer/lib/domain/fold';

describe('accent folding', () => {
  it('finds «Nicolò» and «NICOLÒ» as «nicolo», whether the accent is one character or a letter plus a mark', () => {
    expect(foldAccents('Nicolò')).toBe('nicolo');
    expect(foldAccents('NICOLÒ')).toBe('nicolo');
    expect(foldAccents('Nicolo\u0300')).toBe('nicolo');
    expect(foldAccents("D'Àlessandro Çelik Ñuñez")).toBe("d'alessandro celik nunez");
  });

  it('keeps the length of the form text, so a label found in the folded line points at the right words', () => {
    const line = 'Città: Lunedì 20 aprile';
    expect(foldAccentsKeepingLength(line)).toBe('citta: lunedi 20 aprile');
    expect(foldAccentsKeepingLength(line)).toHaveLength(line.length);
    expect(foldAccentsKeepingLength('a\u0301')).toHaveLength(2);
  });
});
