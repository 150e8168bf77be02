import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../../src-renderer/lib/i18n/catalogue';
import { formatMessage, placeholderNames } from '../../../../../src-renderer/lib/i18n/format';

type Key = keyof typeof catalogues.it;
const keys = Object.keys(catalogues.it) as Key[];

/** Plural nouns that change with the number: a count right before one of them must choose its form. */
const PLURAL_NOUNS = {
  it: ['partecipanti', 'offerte', 'sessioni', 'registrazioni', 'giornate', 'giorni', 'celle', 'modifiche', 'date', 'persone', 'ore', 'pasti', 'righe', 'colonne', 'iscritti', 'presenti', 'attestati', 'ospiti', 'bozze', 'risposte'],
  en: ['participants', 'offers', 'sessions', 'records', 'days', 'cells', 'dates', 'people', 'hours', 'meals', 'rows', 'columns', 'activities', 'files', 'certificates', 'guests', 'drafts', 'answers'],
};

describe('the i18n catalogue', () => {
  it('has an English text for every Italian one, and no empty text', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.it).sort());
    for (const [key, text] of [...Object.entries(catalogues.it), ...Object.entries(catalogues.en)]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages (Italian may use one more only to agree with it)', () => {
    for (const key of keys) {
      const it = new Set(placeholderNames(catalogues.it[key]));
      const en = new Set(placeholderNames(catalogues.en[key]));
      for (const name of en) expect(it.has(name), `${key}: {${name}} missing in Italian`).toBe(true);
      const printedIt = placeholderNames(catalogues.it[key].replace(/\{\w+#[^{}|]*\|[^{}]*\}/g, ''));
      for (const name of printedIt) expect(en.has(name), `${key}: {${name}} missing in English`).toBe(true);
    }
  });

  it('writes plurals and articles only in the forms lib/i18n/format.ts understands', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const key of keys) {
        const text = catalogues[lang][key];
        const params = Object.fromEntries(placeholderNames(text).map((n) => [n, 2]));
        const filled = formatMessage(text, params);
        expect(filled, `${lang} ${key}`).not.toMatch(/\{\w+[:#@|]/);
        // Articles and prepositions joined to a name are Italian grammar only.
        if (lang === 'en') expect(text, key).not.toMatch(/\{\w+@/);
        for (const m of text.matchAll(/\{\w+@(\w+)\}/g)) expect(['art', 'di', 'a', 'da', 'in', 'su', 'presso', 'per', 'con', 'tra', 'fra'], key).toContain(m[1]);
      }
    }
  });

  it('never puts a bare number before a plural noun: «1 offerta», «1 participant»', () => {
    // Counts that are always large (over a maximum) may stay plural; everything else chooses its form.
    const alwaysMany = new Set<Key>(['participants.import.error.tooManyColumns', 'participants.import.error.tooManyRows']);
    for (const lang of ['it', 'en'] as const) {
      const nouns = new RegExp(`\\{\\w+\\} (${PLURAL_NOUNS[lang].join('|')})(?![\\w-])`);
      for (const key of keys) {
        if (alwaysMany.has(key)) continue;
        // Inside a plural choice's second form the plural is right.
        const outside = catalogues[lang][key].replace(/\{\w+:(?:[^{}|]|\{[^{}]*\})*\|(?:[^{}]|\{[^{}]*\})*\}/g, '');
        expect(outside, `${lang} ${key}`).not.toMatch(nouns);
      }
    }
  });

  it('reads right with one and with many', () => {
    const t = (key: Key, params: Record<string, string | number>) => formatMessage(catalogues.it[key], params);
    expect(t('offers.count', { n: 1 })).toBe('1 offerta');
    expect(t('offers.count', { n: 4 })).toBe('4 offerte');
    expect(t('messages.dialog.saved', { count: 1, folder: 'Bozze' })).toBe('1 bozza scritta in Bozze. Aprila con il programma di posta e inviala.');
    expect(t('feedback.import.done', { added: 1, already: 0 })).toBe('Importata 1 risposta; già presenti 0.');
    expect(t('checkin.checkOutAll.body', { count: 8 })).toContain('di tutti gli 8 partecipanti ancora presenti');
    expect(t('checkin.checkOutAll.body', { count: 1 })).toContain('dell’unico partecipante ancora presente');
    expect(t('programme.table.notCounted', { kind: catalogues.it['programme.kind.pranzo'] })).toBe('non conteggiato');
    expect(t('programme.table.notCounted', { kind: catalogues.it['programme.kind.pausa'] })).toBe('non conteggiata');
    expect(t('documents.certificate.host', { host: 'Comune di Monza' })).toBe('promosso dal Comune di Monza');
    expect(t('documents.certificate.org', { organisation: 'Comune di Lecco' })).toBe('in servizio presso il Comune di Lecco');
    expect(t('documents.certificate.whereWhen', { venue: 'Centro civico San Rocco', days: '7 maggio 2026' })).toBe('svoltosi presso il Centro civico San Rocco, 7 maggio 2026,');
  });
});
