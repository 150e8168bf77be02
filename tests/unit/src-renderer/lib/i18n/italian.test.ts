import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../../src-renderer/lib/i18n/format';
import { definiteArticle, nounGender, pluralArticleForNumber, withArticle, withPreposition } from '../../../../../src-renderer/lib/i18n/italian';

describe('Italian articles and prepositions', () => {
  it('give names of bodies and places the article Italian wants', () => {
    expect(withArticle('Comune di Lecco')).toBe('il Comune di Lecco');
    expect(withArticle('Centro civico San Rocco')).toBe('il Centro civico San Rocco');
    expect(withArticle('Azienda speciale consortile')).toBe("l'Azienda speciale consortile");
    expect(withArticle('ATS Brianza')).toBe("l'ATS Brianza");
    expect(withArticle('Spazio giovani Zona 4')).toBe('lo Spazio giovani Zona 4');
    expect(withArticle('Sala Giunta')).toBe('la Sala Giunta');
    expect(withArticle('Unione dei Comuni')).toBe("l'Unione dei Comuni");
    expect(withArticle('Provincia di Monza e della Brianza')).toBe('la Provincia di Monza e della Brianza');
  });

  it('join the article to the preposition', () => {
    expect(withPreposition('da', 'Comune di Monza')).toBe('dal Comune di Monza');
    expect(withPreposition('presso', 'Comune di Lecco')).toBe('presso il Comune di Lecco');
    expect(withPreposition('di', 'Regione Lombardia')).toBe('della Regione Lombardia');
    expect(withPreposition('in', 'Istituto comprensivo')).toBe("nell'Istituto comprensivo");
    expect(withPreposition('a', 'Spazio Gallerie')).toBe('allo Spazio Gallerie');
    expect(withPreposition('su', 'Parco di Monza')).toBe('sul Parco di Monza');
  });

  it('never guess: an unknown name or one that already has its article stays as written', () => {
    expect(definiteArticle('Acme S.r.l.')).toBeNull();
    expect(withPreposition('da', 'Acme S.r.l.')).toBe('da Acme S.r.l.');
    expect(withPreposition('presso', 'La Fabbrica del Vapore')).toBe('presso La Fabbrica del Vapore');
    expect(withPreposition('da', 'Monza')).toBe('da Monza');
    expect(withArticle('  ')).toBe('');
  });

  it('read numbers aloud for their article, and know the gender of programme items', () => {
    expect([2, 8, 10, 11, 18, 80, 81, 100, 800, 11000, 1000].map((n) => `${pluralArticleForNumber(n)} ${n}`)).toEqual(['i 2', 'gli 8', 'i 10', 'gli 11', 'i 18', 'gli 80', 'gli 81', 'i 100', 'gli 800', 'gli 11000', 'i 1000']);
    expect(nounGender('Pranzo')).toBe('m');
    expect(nounGender('Pausa')).toBe('f');
    expect(nounGender('Trasferimento')).toBe('m');
    expect(nounGender('Xyz')).toBeNull();
  });
});

describe('formatMessage', () => {
  it('fills plain placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Ciao {name}, {other}', { name: 'Anna' })).toBe('Ciao Anna, {other}');
  });

  it('chooses singular or plural by the number, also with placeholders inside the forms', () => {
    const text = '{n} {n:offerta|offerte}';
    expect(formatMessage(text, { n: 1 })).toBe('1 offerta');
    expect(formatMessage(text, { n: 0 })).toBe('0 offerte');
    expect(formatMessage(text, { n: '3' })).toBe('3 offerte');
    const all = 'Registra l’uscita {count:dell’unico partecipante|di tutti {count@art} partecipanti}.';
    expect(formatMessage(all, { count: 8 })).toBe('Registra l’uscita di tutti gli 8 partecipanti.');
    expect(formatMessage(all, { count: 10 })).toBe('Registra l’uscita di tutti i 10 partecipanti.');
    expect(formatMessage(all, { count: 1 })).toBe('Registra l’uscita dell’unico partecipante.');
  });

  it('agrees with the gender of a value and joins prepositions', () => {
    expect(formatMessage('{kind} {kind#non conteggiato|non conteggiata}', { kind: 'Pranzo' })).toBe('Pranzo non conteggiato');
    expect(formatMessage('{kind} {kind#non conteggiato|non conteggiata}', { kind: 'Pausa' })).toBe('Pausa non conteggiata');
    expect(formatMessage('promosso {host@da}, svoltosi {venue@presso}', { host: 'Comune di Monza', venue: 'Centro civico San Rocco' })).toBe('promosso dal Comune di Monza, svoltosi presso il Centro civico San Rocco');
  });
});
