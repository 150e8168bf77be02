import { describe, expect, it } from 'vitest';
import { compareBySurname, emptyParticipantInput, validateParticipant } from '../../../../../src-renderer/lib/domain/participants';

describe('participant fields', () => {
  it('require surname and name', () => {
    expect(validateParticipant({ ...emptyParticipantInput(), surname: '  ' })).toEqual({
      surname: 'surnameRequired',
      name: 'nameRequired',
    });
  });

  it('refuse a malformed e-mail or phone and accept the usual Italian ways of writing them', () => {
    const base = { ...emptyParticipantInput(), surname: 'Rossi', name: 'Maria' };
    expect(validateParticipant({ ...base, email: 'maria.rossi@comune', phone: 'chiamare' })).toEqual({ email: 'email', phone: 'phone' });
    expect(validateParticipant({ ...base, email: 'Maria.Rossi@Comune.Monza.MB.it', phone: '+39 039 237 2345' })).toEqual({});
    expect(validateParticipant({ ...base, phone: '333/1234567' })).toEqual({});
  });

  it('sort surnames the Italian way, ignoring accents and case', () => {
    const names = ['Zanetti', "d'Amico", 'Àlberti', 'Damiani', 'bianchi'].map((surname) => ({ surname, name: '' }));
    expect(names.sort(compareBySurname).map((n) => n.surname)).toEqual(['Àlberti', 'bianchi', "d'Amico", 'Damiani', 'Zanetti']);
  });
});
