// The import preview: a flagged row corrected where it is, checked again by the same rules, and imported with
// the corrected values; the rows to check first and the others a page at a time.
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportWizard, PREVIEW_PAGE } from '../../../../../src-renderer/features/participants/import-wizard.svelte';
import { listParticipants } from '../../../../../src-renderer/lib/db/repositories/participants';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import type { Participant, Session } from '../../../../../src-renderer/lib/domain/types';
import { freshDb } from '../../../db-helpers';

let db: OspitaDatabase;
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

beforeEach(async () => {
  db = await freshDb();
  const s: Session = { id: 's1', offerId: 'o1', days: ['2026-05-07'], candidates: [], venue: '', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'presenza', online: { platform: null, link: '' }, status: 'confermata', capacityMin: null, capacityMax: 10, notes: '', firstDay: '2026-05-07', ...stamp };
  await db.sessions.add(s);
});

/** A wizard at the preview of a CSV file (header on row 1). */
async function previewOf(lines: string[], registered: Participant[] = [], capacity = 10): Promise<ImportWizard> {
  const wizard = new ImportWizard('s1', () => registered, () => capacity);
  await wizard.choose(new File([['Cognome;Nome;Ente;E-mail;Telefono', ...lines].join('\r\n')], 'iscritti.csv', { type: 'text/csv' }));
  expect(wizard.error).toBeNull();
  wizard.step = 'preview';
  return wizard;
}

const rowOf = (wizard: ImportWizard, row: number) => wizard.preview.find((r) => r.row === row)!;

describe('correcting a row in the import preview', () => {
  it('takes a fixed e-mail, checks the row again, counts it and imports it with the corrected value', async () => {
    const wizard = await previewOf(['Rossi;Nicolò;Comune di Bergamo;nicolo.rossi@comune.bergamo.it;', 'Bianchi;Giulia;Comune di Lecco;giulia.bianchi@@comune.lecco.it;', 'Verdi;Anna;Comune di Como;;']);
    expect(rowOf(wizard, 3)).toMatchObject({ blocking: true, included: false, flagged: true, corrected: false });
    expect(rowOf(wizard, 3).problems.map((p) => p.code)).toEqual(['participants.import.problem.email']);
    expect(wizard.counts).toMatchObject({ included: 2, withProblems: 1, excluded: 1 });

    // Still wrong: refused with the reason, and nothing changes.
    expect(wizard.correct(3, { email: 'giulia.bianchi@comune' })).toEqual({ email: 'email' });
    expect(wizard.corrections).toEqual({});
    expect(wizard.counts.included).toBe(2);

    expect(wizard.correct(3, { email: ' Giulia.Bianchi@comune.lecco.it ' })).toEqual({});
    expect(rowOf(wizard, 3)).toMatchObject({ blocking: false, included: true, corrected: true, flagged: true, outcome: 'confermato', problems: [] });
    expect(rowOf(wizard, 3).input.email).toBe('giulia.bianchi@comune.lecco.it');
    expect(wizard.counts).toMatchObject({ included: 3, confirmed: 3, withProblems: 0, excluded: 0 });

    expect(await wizard.confirm()).toEqual({ confirmed: 3, waiting: 0 });
    const stored = await listParticipants('s1');
    expect(stored.find((p) => p.surname === 'Bianchi')?.email).toBe('giulia.bianchi@comune.lecco.it');
    expect(stored).toHaveLength(3);
  });

  it('fills a missing surname, and asks for every value still missing before taking the correction', async () => {
    const wizard = await previewOf([';;Comune di Monza;anonimo@comune.monza.it;', 'Neri;Paolo;Comune di Lodi;;']);
    expect(rowOf(wizard, 2).problems.map((p) => p.code)).toEqual(['participants.import.problem.surnameRequired', 'participants.import.problem.nameRequired']);
    expect(wizard.correct(2, { surname: 'Galli' })).toEqual({ name: 'nameRequired' });
    expect(wizard.correct(2, { surname: 'Galli', name: '  ' })).toEqual({ name: 'nameRequired' });
    expect(wizard.correct(2, { surname: 'Galli', name: 'Sara' })).toEqual({});
    expect(rowOf(wizard, 2).input).toMatchObject({ surname: 'Galli', name: 'Sara', organisation: 'Comune di Monza', email: 'anonimo@comune.monza.it' });
    expect(wizard.counts.included).toBe(2);
  });

  it('judges a corrected row by the same rules as the rest: a correction that repeats another row is a possible duplicate', async () => {
    const wizard = await previewOf(['Rossi;Nicolò;Comune di Bergamo;nicolo.rossi@comune.bergamo.it;', 'Bianchi;Giulia;Comune di Lecco;giulia@;', 'Verdi;Anna;Comune di Como;anna.verdi@comune.como.it;']);
    expect(wizard.correct(3, { email: 'nicolo.rossi@comune.bergamo.it' })).toEqual({});
    expect(rowOf(wizard, 3).problems.map((p) => p.code)).toEqual(['participants.import.problem.duplicateInFile.email']);
    expect(rowOf(wizard, 3)).toMatchObject({ blocking: false, included: false });
    // A phone number that is not one is refused too.
    expect(wizard.correct(3, { email: 'giulia.bianchi@comune.lecco.it', phone: 'chiamare in ufficio' })).toEqual({ phone: 'phone' });
    expect(rowOf(wizard, 3).input.email).toBe('nicolo.rossi@comune.bergamo.it');
  });

  it('goes back to the file’s values when the correction is undone', async () => {
    const wizard = await previewOf(['Bianchi;Giulia;Comune di Lecco;giulia@;', 'Verdi;Anna;Comune di Como;anna.verdi@comune.como.it;', 'Neri;Paolo;Comune di Lodi;paolo.neri@comune.lodi.it;']);
    expect(wizard.correct(2, { email: 'giulia.bianchi@comune.lecco.it' })).toEqual({});
    expect(wizard.counts.included).toBe(3);
    wizard.undoCorrection(2);
    expect(rowOf(wizard, 2)).toMatchObject({ corrected: false, blocking: true, included: false });
    expect(rowOf(wizard, 2).input.email).toBe('giulia@');
  });

  it('forgets corrections when another file is chosen', async () => {
    const wizard = await previewOf(['Bianchi;Giulia;Comune di Lecco;giulia@;', 'Verdi;Anna;Comune di Como;anna.verdi@comune.como.it;']);
    expect(wizard.correct(2, { email: 'giulia.bianchi@comune.lecco.it' })).toEqual({});
    expect(wizard.corrections).not.toEqual({});
    await wizard.choose(new File(['Cognome;Nome;E-mail\r\nBianchi;Giulia;giulia@'], 'altro.csv', { type: 'text/csv' }));
    expect(wizard.corrections).toEqual({});
  });
});

describe('a long preview', () => {
  const people = (n: number, bad: Set<number>) =>
    Array.from({ length: n }, (_, i) => `Cognome${i};Nome${i};Comune di Prova;${bad.has(i + 2) ? 'senza-chiocciola' : `persona${i}@comune.it`};`);

  it('shows the rows to check first, then the others a page at a time, in the sheet’s order', async () => {
    const wizard = await previewOf(people(1000, new Set([640, 998])), [], 2000);
    expect(wizard.preview).toHaveLength(1000);
    expect(wizard.shown).toHaveLength(PREVIEW_PAGE);
    expect(wizard.shown.slice(0, 3).map((r) => r.row)).toEqual([640, 998, 2]);
    expect(wizard.hiddenCount).toBe(900);
    expect(wizard.showMore()).toBe(wizard.ordered[PREVIEW_PAGE]!.row);
    expect(wizard.shown).toHaveLength(2 * PREVIEW_PAGE);
    for (let i = 0; i < 20; i++) wizard.showMore();
    expect(wizard.shown).toHaveLength(1000);
    expect(wizard.hiddenCount).toBe(0);
    expect(wizard.showMore()).toBeNull();
  });

  it('keeps a corrected row where it was, among the rows to check', async () => {
    const wizard = await previewOf(people(300, new Set([150])), [], 1000);
    expect(wizard.shown[0]!.row).toBe(150);
    wizard.correct(150, { email: 'giusta@comune.it' });
    expect(wizard.shown[0]).toMatchObject({ row: 150, corrected: true, included: true });
    expect(wizard.counts.included).toBe(300);
  });
});
