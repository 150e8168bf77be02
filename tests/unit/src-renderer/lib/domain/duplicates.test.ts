import { describe, expect, it } from 'vitest';
import { duplicatesWithin, findDuplicate, normaliseForComparison } from '../../../../../src-renderer/lib/domain/duplicates';

const person = (surname: string, name: string, organisation: string, email = '') => ({ surname, name, organisation, email });

describe('duplicate registrations', () => {
  it('match the same e-mail whatever the case', () => {
    const found = findDuplicate(person('Bianchi', 'Anna', 'Comune di Lecco', ' Anna.Bianchi@Comune.Lecco.it '), [person('Rossi', 'A.', '', 'anna.bianchi@comune.lecco.it')]);
    expect(found?.reason).toBe('email');
  });

  it('match the same name, surname and organisation despite accents, case and spaces', () => {
    const found = findDuplicate(person('  nicolo ', 'DE  LUCA', 'comune di  Cantù'), [person('Nicolò', 'De Luca', 'Comune di Cantu')]);
    expect(found?.reason).toBe('person');
  });

  it('do not match the same person name from another organisation', () => {
    expect(findDuplicate(person('Rossi', 'Mario', 'Comune di Bergamo'), [person('Rossi', 'Mario', 'Comune di Brescia')])).toBeNull();
  });

  it('normalise apostrophes and accents the same way', () => {
    expect(normaliseForComparison("D'Àlessandro")).toBe(normaliseForComparison('d alessandro'));
  });

  it('flag later rows of a list that repeat an earlier one, keeping the first', () => {
    const rows = [person('Rossi', 'Mario', 'Bergamo', 'm@x.it'), person('Verdi', 'Luca', 'Bergamo', 'M@X.IT'), person('rossi', 'mario', 'bergamo'), person('Neri', 'Ada', '')];
    expect(duplicatesWithin(rows)).toEqual([null, { of: 0, reason: 'email' }, { of: 0, reason: 'person' }, null]);
  });
});
