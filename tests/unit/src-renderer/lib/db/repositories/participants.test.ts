import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cancelParticipant,
  listParticipants,
  ParticipantError,
  promoteFromWaitingList,
  confirmAtDoor,
  registerMany,
  registerParticipant,
  updateParticipant,
} from '../../../../../../src-renderer/lib/db/repositories/participants';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { isValidCheckinCode } from '../../../../../../src-renderer/lib/domain/checkin-code';
import { emptyParticipantInput, type ParticipantInput } from '../../../../../../src-renderer/lib/domain/participants';
import type { Participant, Session } from '../../../../../../src-renderer/lib/domain/types';
import { freshDb, storedParticipant, storedParticipants } from '../../../../db-helpers';

let db: OspitaDatabase;
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

async function session(capacityMax: number, id = 's1'): Promise<string> {
  const s: Session = { id, offerId: 'o1', days: ['2026-05-07'], candidates: [], venue: '', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'presenza', online: { platform: null, link: '' }, status: 'confermata', capacityMin: null, capacityMax, notes: '', firstDay: '2026-05-07', ...stamp };
  await db.sessions.add(s);
  return id;
}

const person = (surname: string, extra: Partial<ParticipantInput> = {}): ParticipantInput => ({ ...emptyParticipantInput(), surname, name: 'Anna', organisation: 'Comune di Lecco', ...extra });

async function register(sessionId: string, surname: string, extra: Partial<ParticipantInput> = {}, options = {}): Promise<Participant> {
  const outcome = await registerParticipant(sessionId, person(surname, extra), options);
  if (outcome.kind !== 'registered') throw new Error(`not registered: ${outcome.kind}`);
  return outcome.participant;
}

beforeEach(async () => {
  db = await freshDb();
});

describe('registering participants', () => {
  it('confirms up to the maximum, then puts people on the waiting list', async () => {
    const s = await session(2);
    expect((await register(s, 'Rossi')).status).toBe('confermato');
    expect((await register(s, 'Verdi')).status).toBe('confermato');
    expect((await register(s, 'Bianchi')).status).toBe('in_attesa');
  });

  it('goes beyond the maximum with a reason and keeps it', async () => {
    const s = await session(1);
    await register(s, 'Rossi');
    const extra = await register(s, 'Verdi', {}, { overCapacityReason: 'Assessore del Comune ospite' });
    expect(extra).toMatchObject({ status: 'confermato', overCapacityReason: 'Assessore del Comune ospite' });
  });

  it('gives everyone a valid check-in code of their own', async () => {
    const s = await session(0);
    const codes = [];
    for (const surname of ['A', 'B', 'C', 'D', 'E']) codes.push((await register(s, surname)).checkinCode);
    expect(new Set(codes).size).toBe(5);
    expect(codes.every(isValidCheckinCode)).toBe(true);
  });

  it('warns of a duplicate before saving, and saves it only when the user insists', async () => {
    const s = await session(10);
    await register(s, 'Rossi', { email: 'anna.rossi@comune.lecco.it' });
    const outcome = await registerParticipant(s, person('Rossi Bis', { email: 'Anna.Rossi@comune.lecco.it' }));
    expect(outcome).toMatchObject({ kind: 'duplicate', duplicate: { reason: 'email' } });
    expect((await storedParticipants(db)).length).toBe(1);
    expect((await registerParticipant(s, person('Rossi Bis', { email: 'anna.rossi@comune.lecco.it' }), { allowDuplicate: true })).kind).toBe('registered');
  });

  it('does not count a cancelled registration as a duplicate', async () => {
    const s = await session(10);
    const first = await register(s, 'Rossi');
    await cancelParticipant(first.id);
    expect((await registerParticipant(s, person('Rossi'))).kind).toBe('registered');
  });

  it('refuses invalid input and writes nothing', async () => {
    const s = await session(10);
    const outcome = await registerParticipant(s, person('', { email: 'nope' }));
    expect(outcome).toEqual({ kind: 'invalid', problems: { surname: 'surnameRequired', email: 'email' } });
    expect((await storedParticipants(db)).length).toBe(0);
  });

  it('dates the consent today when it is given without a date', async () => {
    const s = await session(10);
    const p = await register(s, 'Rossi', { consent: { given: true, date: null } });
    expect(p.consent.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists participants by surname in Italian order', async () => {
    const s = await session(0);
    for (const surname of ['Zanetti', 'àlberti', "D'Amico", 'Bianchi']) await register(s, surname);
    expect((await listParticipants(s)).map((p) => p.surname)).toEqual(['àlberti', 'Bianchi', "D'Amico", 'Zanetti']);
  });
});

describe('cancelling and the waiting list', () => {
  it('offers the freed place to whoever waited longest, without promoting them by itself', async () => {
    const s = await session(1);
    const confirmed = await register(s, 'Rossi');
    const first = await register(s, 'Verdi');
    await register(s, 'Bianchi');
    const { cancelled, offerTo } = await cancelParticipant(confirmed.id);
    expect(cancelled.status).toBe('annullato');
    expect(offerTo?.id).toBe(first.id);
    expect((await storedParticipant(db, first.id))?.status).toBe('in_attesa');
    expect((await promoteFromWaitingList(first.id)).status).toBe('confermato');
  });

  it('offers nothing when a waiting person cancels', async () => {
    const s = await session(1);
    await register(s, 'Rossi');
    const waiting = await register(s, 'Verdi');
    await register(s, 'Bianchi');
    expect((await cancelParticipant(waiting.id)).offerTo).toBeNull();
  });

  it('refuses to promote into a full session without a reason', async () => {
    const s = await session(1);
    await register(s, 'Rossi');
    const waiting = await register(s, 'Verdi');
    await expect(promoteFromWaitingList(waiting.id)).rejects.toMatchObject({ code: 'noPlaceLeft' });
    expect((await promoteFromWaitingList(waiting.id, { overCapacityReason: 'Sala più grande' })).overCapacityReason).toBe('Sala più grande');
  });

  it('confirms at the door someone waiting or cancelled, beyond the maximum only with a reason; never twice', async () => {
    const s = await session(1);
    const confirmed = await register(s, 'Rossi');
    const waiting = await register(s, 'Verdi');
    await expect(confirmAtDoor(waiting.id)).rejects.toMatchObject({ code: 'noPlaceLeft' });
    expect((await storedParticipant(db, waiting.id))?.status).toBe('in_attesa');
    expect(await confirmAtDoor(waiting.id, { overCapacityReason: 'Si è presentata alla porta' })).toMatchObject({ status: 'confermato', overCapacityReason: 'Si è presentata alla porta' });
    await expect(confirmAtDoor(confirmed.id)).rejects.toMatchObject({ code: 'notWaiting' });
    await cancelParticipant(confirmed.id);
    expect((await confirmAtDoor(confirmed.id, { overCapacityReason: 'Ha cambiato idea' })).status).toBe('confermato');
    await expect(promoteFromWaitingList(confirmed.id)).rejects.toMatchObject({ code: 'notWaiting' });
  });
});

describe('editing', () => {
  it('changes personal data and keeps status and code', async () => {
    const s = await session(10);
    const p = await register(s, 'Rossi');
    const outcome = await updateParticipant(p.id, person('Rossi', { name: 'Maria', phone: '333 1234567' }));
    expect(outcome).toMatchObject({ kind: 'updated', participant: { name: 'Maria', phone: '333 1234567', status: 'confermato', checkinCode: p.checkinCode } });
  });

  it('flags a change that makes the person a duplicate of someone else', async () => {
    const s = await session(10);
    await register(s, 'Rossi', { email: 'a@b.it' });
    const other = await register(s, 'Verdi');
    expect((await updateParticipant(other.id, person('Verdi', { email: 'A@B.it' }))).kind).toBe('duplicate');
  });
});

describe('registering an imported list', () => {
  it('applies the capacity in the order of the file and keeps that order on the waiting list', async () => {
    const s = await session(3);
    await register(s, 'Esistente');
    const rows = ['Uno', 'Due', 'Tre', 'Quattro'].map((surname) => person(surname));
    const written = await registerMany(s, rows);
    expect(written.map((p) => p.status)).toEqual(['confermato', 'confermato', 'in_attesa', 'in_attesa']);
    const existing = (await listParticipants(s)).find((p) => p.surname === 'Esistente')!;
    expect((await cancelParticipant(existing.id)).offerTo?.surname).toBe('Tre');
  });

  it('writes nothing at all if one row is invalid', async () => {
    const s = await session(10);
    await expect(registerMany(s, [person('Uno'), person('', {})])).rejects.toBeInstanceOf(ParticipantError);
    expect((await storedParticipants(db)).length).toBe(0);
  });

  it('never gives an imported person a code already used, even when the random source repeats itself', async () => {
    const s = await session(10);
    const other = await session(10, 's2');
    const taken = await register(other, 'Esistente');
    // The first draws repeat the existing code, then the code just given, before anything new comes out.
    const repeat = [...taken.checkinCode.slice(0, 4)].map((c) => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'.indexOf(c));
    const draws = [repeat, repeat, [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [5, 6, 7, 8]];
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const next = draws.shift();
      if (next && array instanceof Uint32Array) array.set(next);
      return array;
    });
    try {
      const written = await registerMany(s, [person('Uno'), person('Due'), person('Tre')]);
      const codes = [taken.checkinCode, ...written.map((p) => p.checkinCode)];
      expect(new Set(codes).size).toBe(4);
      expect(codes.every(isValidCheckinCode)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('writes nothing if the session does not exist', async () => {
    await expect(registerMany('missing', [person('Uno')])).rejects.toMatchObject({ code: 'sessionNotFound' });
    expect((await storedParticipants(db)).length).toBe(0);
  });
});
