import { describe, expect, it } from 'vitest';
import { decideRegistration, doorAdmission, isFull, offerFreedPlace, overCapacityCount, placesLeft, planRegistrations, waitingList } from '../../../../../src-renderer/lib/domain/capacity';
import type { ParticipantStatus } from '../../../../../src-renderer/lib/domain/types';

const p = (id: string, status: ParticipantStatus, createdAt = `2026-04-01T10:00:0${id.length}.000Z`) => ({ id, status, createdAt });

describe('capacity of a session', () => {
  it('confirms while places are left and puts the next one on the waiting list', () => {
    expect(decideRegistration(9, 10)).toEqual({ status: 'confermato', overCapacityReason: null });
    expect(decideRegistration(10, 10)).toEqual({ status: 'in_attesa', overCapacityReason: null });
  });

  it('goes beyond the maximum only with a reason, and keeps the reason', () => {
    expect(decideRegistration(10, 10, { overCapacityReason: '   ' }).status).toBe('in_attesa');
    expect(decideRegistration(10, 10, { overCapacityReason: ' Relatore invitato ' })).toEqual({ status: 'confermato', overCapacityReason: 'Relatore invitato' });
  });

  it('does not store a reason when there was still room', () => {
    expect(decideRegistration(3, 10, { overCapacityReason: 'per sicurezza' }).overCapacityReason).toBeNull();
  });

  it('confirms a walk-in even when the session is full', () => {
    expect(decideRegistration(10, 10, { walkIn: true }).status).toBe('confermato');
  });

  it('treats a maximum of 0 as no limit', () => {
    expect(decideRegistration(500, 0).status).toBe('confermato');
    expect(placesLeft([p('a', 'confermato')], 0)).toBeNull();
  });

  it('counts places left from confirmed people only, never below zero', () => {
    const list = [p('a', 'confermato'), p('b', 'in_attesa'), p('c', 'annullato'), p('d', 'confermato')];
    expect(placesLeft(list, 5)).toBe(3);
    expect(placesLeft(list, 1)).toBe(0);
    expect(overCapacityCount(list, 1)).toBe(1);
  });

  it('is full when the confirmed reach the maximum (the waiting and cancelled take no place), never without a maximum', () => {
    const list = [p('a', 'confermato'), p('b', 'in_attesa'), p('c', 'annullato'), p('d', 'confermato')];
    expect(isFull(list, 3)).toBe(false);
    expect(isFull(list, 2)).toBe(true);
    expect(isFull(list, 1)).toBe(true);
    expect(isFull(list, 0)).toBe(false);
  });

  it('fills an imported list in order: confirmed up to the maximum, then waiting', () => {
    const plan = planRegistrations([p('a', 'confermato'), p('b', 'annullato')], 4, 3);
    expect(plan.map((d) => d.status)).toEqual(['confermato', 'confermato', 'in_attesa', 'in_attesa']);
  });
});

describe('waiting list', () => {
  it('is ordered by registration time', () => {
    const list = [p('late', 'in_attesa', '2026-04-02T09:00:00.000Z'), p('early', 'in_attesa', '2026-04-01T09:00:00.000Z'), p('x', 'confermato')];
    expect(waitingList(list).map((w) => w.id)).toEqual(['early', 'late']);
  });

  it('offers a freed place to whoever has waited longest', () => {
    const list = [p('a', 'confermato'), p('w2', 'in_attesa', '2026-04-03T00:00:00.000Z'), p('w1', 'in_attesa', '2026-04-02T00:00:00.000Z')];
    expect(offerFreedPlace(list, 2)?.id).toBe('w1');
  });

  it('offers nothing when the session is still full (it was over its maximum) or nobody waits', () => {
    const full = [p('a', 'confermato'), p('b', 'confermato'), p('w', 'in_attesa')];
    expect(offerFreedPlace(full, 2)).toBeNull();
    expect(offerFreedPlace([p('a', 'confermato')], 2)).toBeNull();
  });
});

describe('the door', () => {
  it('lets only the confirmed straight in; the waiting and the cancelled are confirmed first', () => {
    expect(doorAdmission('confermato')).toBe('admit');
    expect(doorAdmission('in_attesa')).toBe('confirmFirst');
    expect(doorAdmission('annullato')).toBe('confirmFirst');
  });
});
