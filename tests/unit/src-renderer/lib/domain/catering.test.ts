import { describe, expect, it } from 'vitest';
import { cateringDays, needsOf } from '../../../../../src-renderer/lib/domain/catering';
import type { Participant } from '../../../../../src-renderer/lib/domain/types';

let n = 0;
const person = (surname: string, dietary: string, status: Participant['status'] = 'confermato'): Participant => ({
  id: `p${++n}`, createdAt: '', updatedAt: '', sessionId: 's', surname, name: 'Anna', organisation: 'Comune di Lecco', role: '', email: '', phone: '', notes: '', dietary,
  status, checkinCode: 'ABCDE', consent: { given: false, date: null }, overCapacityReason: null, walkIn: false,
});

describe('needsOf', () => {
  it('recognises common needs however they are typed, and keeps the rest as written', () => {
    expect(needsOf('Vegetariana')).toEqual([{ known: 'vegetarian' }]);
    expect(needsOf('celiaco')).toEqual([{ known: 'glutenFree' }]);
    expect(needsOf('Senza glutine; frutta a guscio')).toEqual([{ known: 'glutenFree' }, { known: 'nuts' }]);
    expect(needsOf('vegana e intollerante al lattosio')).toEqual([{ known: 'vegan' }, { known: 'lactoseFree' }]);
    expect(needsOf('allergia alle fragole')).toEqual([{ other: 'Allergia alle fragole' }]);
    expect(needsOf('Gluten free, no pork')).toEqual([{ known: 'glutenFree' }, { known: 'noPork' }]);
  });

  it('reads «nessuna», «no», «-» and blanks as no need', () => {
    for (const text of ['', ' ', 'Nessuna', 'no', '-', 'N/A', 'nessuno.']) expect(needsOf(text), text).toEqual([]);
  });
});

describe('cateringDays', () => {
  const people = [
    person('Rossi', 'vegetariano'),
    person('Bianchi', 'Vegetariana'),
    person('Verdi', 'celiaca; allergia alle fragole'),
    person('Neri', ''),
    person('Attesa', 'vegano', 'in_attesa'),
    person('Via', 'vegano', 'annullato'),
  ];
  const items = [
    { dayIndex: 0, kind: 'pranzo' as const, start: '13:00', end: '14:00', title: 'Pranzo', place: 'Mensa' },
    { dayIndex: 0, kind: 'intervento' as const, start: '09:00', end: '13:00', title: 'Benvenuto', place: '' },
  ];

  it('counts the confirmed participants by need, day by day, with their names, the same people as the badges', () => {
    const days = cateringDays(['2026-05-07', '2026-05-08'], people, items);
    expect(days).toHaveLength(2);
    const [first, second] = days;
    expect(first!.total).toBe(4);
    expect(first!.none).toBe(1);
    expect(first!.lines.map((l) => ['known' in l.need ? l.need.known : l.need.other, l.people.map((p) => p.surname)])).toEqual([
      ['vegetarian', ['Bianchi', 'Rossi']],
      ['glutenFree', ['Verdi']],
      ['Allergia alle fragole', ['Verdi']],
    ]);
    expect(first!.meals).toEqual([{ start: '13:00', end: '14:00', title: 'Pranzo', place: 'Mensa' }]);
    expect(second!.meals).toEqual([]);
    expect(second!.total).toBe(4);
  });
});
