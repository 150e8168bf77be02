import { beforeEach, describe, expect, it } from 'vitest';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { readAllData, restoreBackup } from '../../../../../../src-renderer/lib/db/backup';
import { mergeBackup } from '../../../../../../src-renderer/lib/db/merge';
import { dataPresence, loadDemoData, NotEmptyError, removeDemoData } from '../../../../../../src-renderer/lib/db/repositories/demo';
import { createOffer } from '../../../../../../src-renderer/lib/db/repositories/offers';
import { registerParticipant } from '../../../../../../src-renderer/lib/db/repositories/participants';
import { getSettings, saveSettings } from '../../../../../../src-renderer/lib/db/repositories/settings';
import { demoDataFromForms } from '../../../../../../src-renderer/lib/demo/demo-data';
import { emptyOffer } from '../../../../../../src-renderer/lib/domain/offers';
import { emptyParticipantInput } from '../../../../../../src-renderer/lib/domain/participants';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/lib/domain/settings';
import { readExampleForms } from '../../../../../../scripts/lib/example-forms';
import { buildDemoBackup } from '../../../../../../scripts/lib/demo-backup';
import { freshDb } from '../../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

const demo = async () => demoDataFromForms(await readExampleForms());

describe('the demo data in the database', () => {
  it('loads into an empty database with the demo letterhead, and says so', async () => {
    expect(await dataPresence()).toEqual({ empty: true, demo: false });
    expect(await loadDemoData(await demo())).toEqual({ offers: 2, sessions: 2, participants: 13, settings: true });
    expect(await dataPresence()).toEqual({ empty: false, demo: true });
    expect((await getSettings()).municipality).toBe('Comune di Monza');
    const stored = await readAllData(db);
    expect(stored.attendance).toHaveLength(35);
  });

  it('is refused, changing nothing, once real data is there', async () => {
    const offer = await createOffer({ ...emptyOffer('Comune di Pavia'), title: 'Sportello unico', capacityMax: 10 });
    await expect(loadDemoData(await demo())).rejects.toBeInstanceOf(NotEmptyError);
    expect((await db.offers.toArray()).map((o) => o.id)).toEqual([offer.id]);
  });

  it('keeps host settings saved before the demo came', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, municipality: 'Comune di Pavia' });
    expect((await loadDemoData(await demo())).settings).toBe(false);
    expect((await getSettings()).municipality).toBe('Comune di Pavia');
    await removeDemoData();
    expect((await getSettings()).municipality).toBe('Comune di Pavia');
  });

  it('goes away in one step, leaving the real offer and the real participant registered to a demo session', async () => {
    await loadDemoData(await demo());
    const offer = await createOffer({ ...emptyOffer('Comune di Pavia'), title: 'Sportello unico', capacityMax: 10 });
    const outcome = await registerParticipant('demo-patti', { ...emptyParticipantInput(), surname: 'Neri', name: 'Anna' }, { overCapacityReason: 'prova' });
    expect(outcome.kind).toBe('registered');

    const plan = await removeDemoData();
    expect(plan.keptSessions).toEqual([expect.objectContaining({ people: ['Neri Anna'], days: ['2026-04-27'] })]);
    expect(await dataPresence()).toEqual({ empty: false, demo: false });
    const left = await readAllData(db);
    expect(left.offers.map((o) => o.title).sort()).toEqual([expect.stringMatching(/Patti di Cittadinanza/), 'Sportello unico']);
    expect(left.offers.some((o) => o.id === offer.id)).toBe(true);
    expect(left.participants.map((p) => `${p.surname} ${p.name}`)).toEqual(['Neri Anna']);
    expect(left.participants[0]!.sessionId).toBe(plan.keptSessions[0]!.id);
    expect(left.sessions.map((s) => s.id)).toEqual([plan.keptSessions[0]!.id]);
    expect(left.attendance).toEqual([]);
    // Back to the defaults; the station keeps its own id and name (they belong to the laptop, not to the data).
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, stationId: expect.any(String), stationName: expect.stringMatching(/^Postazione /) });
  });

  it('stays marked as demo through a backup restored and a backup merged from another station', async () => {
    await restoreBackup(await buildDemoBackup(), db);
    expect(await dataPresence()).toEqual({ empty: false, demo: true });
    await removeDemoData();
    expect(await dataPresence()).toEqual({ empty: true, demo: false });

    const offer = await createOffer({ ...emptyOffer('Comune di Pavia'), title: 'Sportello unico', capacityMax: 10 });
    await mergeBackup(await buildDemoBackup(), db);
    expect(await dataPresence()).toEqual({ empty: false, demo: true });
    const plan = await removeDemoData();
    expect(plan.removed).toMatchObject({ offers: 2, sessions: 2, participants: 13 });
    expect((await readAllData(db)).offers.map((o) => o.id)).toEqual([offer.id]);
  });
});
