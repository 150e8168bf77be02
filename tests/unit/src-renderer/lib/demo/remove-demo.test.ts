import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../../../src-renderer/lib/db/backup-document';
import { demoDataFromForms, DemoError } from '../../../../../src-renderer/lib/demo/demo-data';
import { isDemoId } from '../../../../../src-renderer/lib/demo/demo-ids';
import { hasDemoData, planDemoRemoval } from '../../../../../src-renderer/lib/demo/remove-demo';
import type { AgendaItem, AttendanceEvent, Participant, Session } from '../../../../../src-renderer/lib/domain/types';
import { readExampleForms } from '../../../../../scripts/lib/example-forms';

const demo = async () => demoDataFromForms(await readExampleForms());
let n = 0;
const counter = () => `real-${++n}`;
const AT = '2026-11-30T10:00:00.000Z';

function realPerson(sessionId: string, surname: string): Participant {
  return { id: `p-${surname}`, createdAt: AT, updatedAt: AT, sessionId, surname, name: 'Mario', organisation: 'Comune di Pavia', role: '', email: '', phone: '', notes: '', dietary: '', status: 'confermato', checkinCode: 'ZZZ9', consent: { given: true, date: '2026-11-30' }, overCapacityReason: null, walkIn: false };
}

function realEvent(sessionId: string, participantId: string, day: string): AttendanceEvent {
  return { id: `e-${participantId}`, sessionId, participantId, day, kind: 'in', time: '09:00', recordedAt: AT, station: 'Postazione 1', source: 'desk', voidsEventId: null, reason: '' };
}

describe('the demo data', () => {
  it('marks every record it makes as demo, so removing it can find them all', async () => {
    const data = await demo();
    for (const table of ['offers', 'sessions', 'agendaItems', 'participants', 'attendance'] as const) {
      expect(data[table].length, table).toBeGreaterThan(0);
      expect(data[table].every((r) => isDemoId(r.id)), table).toBe(true);
    }
    expect(hasDemoData(data)).toBe(true);
  });

  it('says in Italian which forms are missing when they are not the two examples', () => {
    expect(() => demoDataFromForms([{ fileName: 'a.txt', text: 'niente' }])).toThrow(DemoError);
  });
});

describe('removing the demo data', () => {
  it('leaves an empty database and the default settings when only demo data is there', async () => {
    const plan = planDemoRemoval(await demo(), counter);
    expect(plan.data).toEqual({ settings: [], offers: [], sessions: [], agendaItems: [], participants: [], attendance: [], documentTemplates: [], questionnaires: [], feedback: [], privacyLedger: [] });
    expect(plan.removed).toEqual({ offers: 2, sessions: 2, agendaItems: 19, participants: 13, attendance: 35 });
    expect(plan.settings).toBe('reset');
    expect(plan.keptSessions).toEqual([]);
  });

  it('keeps the office’s Word templates: they are never demo data', async () => {
    const template = { id: 'certificate' as const, fileName: 'Attestato.docx', data: 'UEsDBA==', createdAt: AT, updatedAt: AT };
    const plan = planDemoRemoval({ ...(await demo()), documentTemplates: [template] }, counter);
    expect(plan.data.documentTemplates).toEqual([template]);
  });

  it('never touches real offers, sessions, people or attendance entered beside it', async () => {
    const data = await demo();
    const real = structuredClone(data.offers[0]!);
    Object.assign(real, { id: 'o-real', title: 'Bilancio partecipativo' });
    const session: Session = { ...structuredClone(data.sessions[0]!), id: 's-real', offerId: 'o-real' };
    const item: AgendaItem = { ...structuredClone(data.agendaItems[0]!), id: 'a-real', sessionId: 's-real' };
    const person = realPerson('s-real', 'Rossi');
    const event = realEvent('s-real', person.id, session.days[0]!);
    const mixed: BackupData = { ...data, offers: [...data.offers, real], sessions: [...data.sessions, session], agendaItems: [...data.agendaItems, item], participants: [...data.participants, person], attendance: [...data.attendance, event] };
    const plan = planDemoRemoval(mixed, counter);
    expect(plan.data.offers).toEqual([real]);
    expect(plan.data.sessions).toEqual([session]);
    expect(plan.data.agendaItems).toEqual([item]);
    expect(plan.data.participants).toEqual([person]);
    expect(plan.data.attendance).toEqual([event]);
    expect(hasDemoData(plan.data)).toBe(false);
  });

  it('keeps a demo session, its offer and its programme as real data when a real person is registered to it, without the demo people', async () => {
    const data = await demo();
    const person = realPerson('demo-san-rocco', 'Verdi');
    const event = realEvent('demo-san-rocco', person.id, '2026-05-07');
    const checkedDemoPerson = { ...realEvent('demo-san-rocco', 'demo-san-rocco-p01', '2026-05-07'), id: 'e-uuid-on-demo-person' };
    const plan = planDemoRemoval({ ...data, participants: [...data.participants, person], attendance: [...data.attendance, event, checkedDemoPerson] }, counter);

    expect(hasDemoData(plan.data)).toBe(false);
    const [kept] = plan.data.sessions;
    expect(plan.data.sessions).toHaveLength(1);
    expect(isDemoId(kept!.id)).toBe(false);
    expect(kept).toMatchObject({ days: ['2026-05-07', '2026-05-08'], venue: expect.stringContaining('Sala Giunta') });
    expect(plan.data.offers).toHaveLength(1);
    expect(kept!.offerId).toBe(plan.data.offers[0]!.id);
    expect(plan.data.offers[0]!.title).toMatch(/Co-progettazione/);
    expect(plan.data.agendaItems).toHaveLength(12);
    expect(plan.data.agendaItems.every((a) => a.sessionId === kept!.id && !isDemoId(a.id))).toBe(true);
    expect(plan.data.participants).toEqual([{ ...person, sessionId: kept!.id }]);
    expect(plan.data.attendance).toEqual([{ ...event, sessionId: kept!.id }]);
    expect(plan.keptSessions).toEqual([{ id: kept!.id, offerTitle: expect.stringMatching(/Co-progettazione/), days: ['2026-05-07', '2026-05-08'], people: ['Verdi Mario'] }]);
    expect(plan.keptOffers).toEqual([expect.stringMatching(/Co-progettazione/)]);
    expect(plan.removed).toMatchObject({ offers: 1, sessions: 1, participants: 13 });
  });

  it('keeps a demo offer that a real session was created from', async () => {
    const data = await demo();
    const session: Session = { ...structuredClone(data.sessions[1]!), id: 's-real' };
    const plan = planDemoRemoval({ ...data, sessions: [...data.sessions, session] }, counter);
    expect(plan.data.sessions).toEqual([{ ...session, offerId: plan.data.offers[0]!.id }]);
    expect(plan.data.offers.map((o) => o.title)).toEqual([expect.stringMatching(/Patti di Cittadinanza/)]);
    expect(plan.keptSessions).toEqual([]);
  });

  it('keeps host settings the user saved after loading the demo, and settings that were never the demo’s', async () => {
    const data = await demo();
    const saved = { ...data.settings[0]!, updatedAt: AT };
    expect(planDemoRemoval({ ...data, settings: [saved] }, counter)).toMatchObject({ settings: 'kept', data: { settings: [saved] } });
    const own = { ...saved, logo: null, municipality: 'Comune di Pavia' };
    expect(planDemoRemoval({ ...data, settings: [own] }, counter)).toMatchObject({ settings: 'untouched', data: { settings: [own] } });
  });
});
