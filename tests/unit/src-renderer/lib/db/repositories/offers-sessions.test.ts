import { beforeEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../../../../../src-renderer/lib/domain/types';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { createOfferWithSessions, listOfferSummaries, updateOffer } from '../../../../../../src-renderer/lib/db/repositories/offers';
import { InvalidRecordError } from '../../../../../../src-renderer/lib/db/repositories/invalid-record';
import { cancelSession, confirmSessionCandidate, countSessionsOfOffer, listSessionChoices, listSessionRows, updateSession } from '../../../../../../src-renderer/lib/db/repositories/sessions';
import { parseFormText, offerDraftFromForm } from '../../../../../../src-renderer/lib/import/form';
import { emptyOffer } from '../../../../../../src-renderer/lib/domain/offers';
import { addParticipants, freshDb } from '../../../../db-helpers';
import { seed } from '../../import/form/helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

const imported = (which: '000' | '001', today: string) => offerDraftFromForm(parseFormText(seed(which), { today }), `${which}.txt`, '2026-01-10T09:00:00.000Z');

describe('offers and their sessions', () => {
  it('saves an imported offer and its sessions together', async () => {
    const { offer, sessions } = await createOfferWithSessions(imported('000', '2026-01-10'));
    expect(await db.offers.count()).toBe(1);
    expect(sessions).toHaveLength(1);
    expect(await db.sessions.get(sessions[0]!.id)).toMatchObject({ offerId: offer.id, days: ['2026-05-07', '2026-05-08'], status: 'proposta', capacityMin: 4, capacityMax: 5 });
    expect(offer.source).toEqual({ fileName: '000.txt', importedAt: '2026-01-10T09:00:00.000Z' });
  });

  it('saves nothing when the offer is not valid', async () => {
    const bad = { ...imported('000', '2026-01-10'), capacityMin: 9 };
    await expect(createOfferWithSessions(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.offers.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('goes from the alternatives of seed 001 to a confirmed session on the chosen date', async () => {
    const { sessions } = await createOfferWithSessions(imported('001', '2026-01-10'));
    expect(sessions).toHaveLength(1);
    const confirmed = await confirmSessionCandidate(sessions[0]!.id, 1);
    expect(confirmed).toMatchObject({ days: ['2026-04-27'], candidates: [], status: 'confermata', firstDay: '2026-04-27' });
  });

  it('counts confirmed and waiting participants apart, leaving out the cancelled ones', async () => {
    const { sessions } = await createOfferWithSessions(imported('000', '2026-01-10'));
    const id = sessions[0]!.id;
    await addParticipants(db, [
      { id: 'p1', sessionId: id, status: 'confermato', checkinCode: 'A' },
      { id: 'p2', sessionId: id, status: 'in_attesa', checkinCode: 'B' },
      { id: 'p3', sessionId: id, status: 'annullato', checkinCode: 'C' },
    ] as Participant[]);
    const rows = await listSessionRows();
    expect(rows[0]).toMatchObject({ confirmed: 1, waiting: 1 });
    expect(rows[0]!.offer?.title).toBe('Processo di Co-progettazione con Enti del Terzo Settore');
  });

  it('edits venue and capacity, refuses a bad change, and cancels', async () => {
    const { sessions } = await createOfferWithSessions(imported('000', '2026-01-10'));
    const id = sessions[0]!.id;
    expect(await updateSession(id, { venue: 'Sala Giunta', capacityMax: 6 })).toMatchObject({ venue: 'Sala Giunta', capacityMax: 6 });
    await expect(updateSession(id, { days: ['2026-05-07'] })).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await db.sessions.get(id))?.days).toEqual(['2026-05-07', '2026-05-08']);
    expect((await cancelSession(id)).status).toBe('annullata');
  });

  it('lists offers by their next date, those without dates last', async () => {
    await createOfferWithSessions(imported('000', '2026-01-10'));
    await createOfferWithSessions(imported('001', '2026-01-10'));
    const empty = await createOfferWithSessions({ ...emptyOffer('Comune di Monza'), title: 'Senza date' });
    await updateOffer(empty.offer.id, { ...empty.offer, notes: 'modificata' });
    const list = await listOfferSummaries('2026-01-10');
    expect(list.map((s) => s.nextDay)).toEqual(['2026-04-20', '2026-05-07', '']);
    expect(list.map((s) => s.lastDay)).toEqual(['', '', '']);
  });

  it('gives the last date once all of an offer’s dates are past', async () => {
    await createOfferWithSessions(imported('001', '2026-01-10'));
    const [summary] = await listOfferSummaries('2026-06-01');
    expect(summary).toMatchObject({ nextDay: '', lastDay: '2026-04-27' });
  });

  it('gives the second day of a two-day session as the last date, not its first', async () => {
    await createOfferWithSessions(imported('000', '2026-01-10'));
    const [summary] = await listOfferSummaries('2026-06-01');
    expect(summary).toMatchObject({ nextDay: '', lastDay: '2026-05-08' });
  });

  it('offers in the session picker the sessions one can work on, soonest first, undecided ones by their first proposed dates', async () => {
    const alternatives = await createOfferWithSessions(imported('001', '2026-01-10'));
    const visit = await createOfferWithSessions(imported('000', '2026-01-10'));
    const extra = await createOfferWithSessions(imported('000', '2026-01-10'));
    await cancelSession(extra.sessions[0]!.id);
    const choices = await listSessionChoices();
    expect(choices.map((c) => c.id)).toEqual([alternatives.sessions[0]!.id, visit.sessions[0]!.id]);
    expect(choices[0]).toMatchObject({ title: alternatives.offer.title, days: ['2026-04-20'] });
    expect(choices[1]).toMatchObject({ title: visit.offer.title, days: ['2026-05-07', '2026-05-08'] });
    expect(await countSessionsOfOffer(extra.offer.id)).toBe(1);
    expect(await countSessionsOfOffer('nessuna')).toBe(0);
  });
});
