import { describe, expect, it } from 'vitest';
import { buildSearchIndex, compact, findByCode, normaliseWords, search, searchTop, sharingCode, type Searchable } from '../../../../../src-renderer/lib/domain/search';

function person(id: string, surname: string, name: string, organisation: string, checkinCode: string): Searchable {
  return { id, surname, name, organisation, checkinCode };
}

const people = [
  person('1', 'Rossi', 'Nicolò', 'Comune di Bergamo', 'K7M2PQ'),
  person('2', "D'Amico", 'Lucia', 'Comune di Lecco', 'H3T9WX'),
  person('3', 'De Luca', 'Marco', 'Comune di Monza', 'R4N8ZB'),
  person('4', 'Bianchi', 'Rossella', 'Città metropolitana di Milano', 'ROSSI1'),
  person('5', 'Àlvarez', 'José', 'Comune di Sesto San Giovanni', 'P2Q3R4'),
];
const index = buildSearchIndex(people);
const ids = (q: string) => search(index, q).map((p) => p.id);

describe('searching at the door', () => {
  it('ignores case and accents: "nicolo" finds Nicolò, "alvarez" finds Àlvarez', () => {
    expect(ids('nicolo')).toEqual(['1']);
    expect(ids('NICOLÒ')).toEqual(['1']);
    expect(ids('alvarez')).toEqual(['5']);
    expect(ids('jose')).toEqual(['5']);
  });

  it('ignores apostrophes and spaces in surnames: "damico" finds D’Amico, "deluca" finds De Luca', () => {
    expect(ids('damico')).toEqual(['2']);
    expect(ids("d'amico")).toEqual(['2']);
    expect(ids('d’amico')).toEqual(['2']);
    expect(ids('deluca')).toEqual(['3']);
    expect(ids('de luca')).toEqual(['3']);
  });

  it('finds by organisation and by surname and name together in any order', () => {
    expect(ids('lecco')).toEqual(['2']);
    expect(ids('monza')).toEqual(['3']);
    expect(ids('rossi nicolo')).toEqual(['1']);
    expect(ids('nicolo rossi')).toEqual(['1']);
  });

  it('puts the exact code first, then surnames starting with the query', () => {
    // "rossi1" is Bianchi's code; Rossi's surname starts with "rossi"; Rossella contains it.
    expect(ids('ROSSI1')).toEqual(['4']);
    expect(ids('rossi')).toEqual(['1', '4']);
    expect(ids('ros')).toEqual(['1', '4']);
    expect(ids('r4n8zb')).toEqual(['3']);
  });

  it('lists everyone alphabetically on an empty query', () => {
    expect(ids('')).toEqual(['5', '4', '2', '3', '1']);
    expect(ids('   ')).toHaveLength(5);
  });

  it('draws only the first matches on a keystroke but says how many there are in all', () => {
    expect(searchTop(index, 'comune', 2)).toEqual({ items: [people[4], people[1]], total: 4 });
    expect(searchTop(index, '', 3).total).toBe(5);
    expect(searchTop(index, 'rossi', 1).items.map((p) => p.id)).toEqual(['1']);
  });

  it('finds a scanned code exactly, whatever the case', () => {
    expect(findByCode(index, 'k7m2pq')?.id).toBe('1');
    expect(findByCode(index, 'K7M2P')).toBeUndefined();
    expect(findByCode(index, '')).toBeUndefined();
  });

  it('never picks one of two people holding the same code, and says who they are', () => {
    const twice = buildSearchIndex([...people, { ...people[2]!, id: '9', surname: 'Neri', checkinCode: people[0]!.checkinCode }]);
    expect(findByCode(twice, people[0]!.checkinCode)).toBeUndefined();
    expect(sharingCode(twice, people[0]!.checkinCode.toLowerCase()).map((p) => p.id).sort()).toEqual(['1', '9']);
    expect(sharingCode(index, people[0]!.checkinCode)).toEqual([]);
  });

  it('normalises text the same way everywhere', () => {
    expect(normaliseWords("  D'Àmico,  Lùcia ")).toBe('damico lucia');
    expect(compact('De Luca')).toBe('deluca');
  });

  it('finds the right person among 5,000 as each letter is typed (speed is measured by npm run bench)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => person(String(i), `Cognome${i}`, `Nome${i}`, `Comune ${i % 300}`, `C${i}`));
    const big = buildSearchIndex(many);
    expect(search(big, 'cognome499').map((p) => p.id)).toContain('499');
    expect(search(big, 'cognome4999').map((p) => p.id)).toEqual(['4999']);
  });
});
