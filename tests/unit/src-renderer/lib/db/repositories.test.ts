import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings, saveSettings } from '../../../../../src-renderer/lib/db/repositories/settings';
import { deleteOfferCascade } from '../../../../../src-renderer/lib/db/repositories/offers';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import type { AttendanceEvent, Participant } from '../../../../../src-renderer/lib/domain/types';
import { addEvents, addParticipants, freshDb, storedEvents, storedParticipants } from '../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

describe('settings repository', () => {
  it('gives defaults before anything is saved and keeps what is saved', async () => {
    expect((await getSettings()).certificateThreshold).toBe(0.75);
    await saveSettings({ ...(await getSettings()), municipality: 'Comune di Monza', certificateThreshold: 0.8 });
    expect(await getSettings()).toMatchObject({ municipality: 'Comune di Monza', certificateThreshold: 0.8 });
  });
});

describe('cascading deletes', () => {
  it('remove an offer with its sessions, programme, participants and attendance in one go', async () => {
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    await db.table('offers').add({ id: 'o1', ...stamp });
    await db.table('offers').add({ id: 'o2', ...stamp });
    await db.table('sessions').add({ id: 's1', offerId: 'o1', status: 'proposta', firstDay: '2026-05-07', ...stamp });
    await db.table('sessions').add({ id: 's2', offerId: 'o2', status: 'proposta', firstDay: '2026-04-20', ...stamp });
    await db.table('agendaItems').add({ id: 'a1', sessionId: 's1' });
    await addParticipants(db, [{ id: 'p1', sessionId: 's1', checkinCode: 'A' }, { id: 'p2', sessionId: 's2', checkinCode: 'B' }] as Participant[]);
    await addEvents(db, [{ id: 'e1', sessionId: 's1', participantId: 'p1', day: '2026-05-07' } as AttendanceEvent]);
    await deleteOfferCascade('o1');
    expect(await db.offers.toCollection().primaryKeys()).toEqual(['o2']);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(['s2']);
    expect(await db.agendaItems.count()).toBe(0);
    expect((await storedParticipants(db)).map((p) => p.id)).toEqual(['p2']);
    expect((await storedEvents(db)).length).toBe(0);
  });
});
