import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../../src-renderer/lib/i18n/catalogue';

describe('the i18n catalogue', () => {
  it('has an English text for every Italian one, and no empty text', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.it).sort());
    for (const [key, text] of [...Object.entries(catalogues.it), ...Object.entries(catalogues.en)]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogues.it) as (keyof typeof catalogues.it)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(catalogues.en[key]), key).toEqual(names(catalogues.it[key]));
    }
  });
});
