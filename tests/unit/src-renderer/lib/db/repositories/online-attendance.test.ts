import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { listSessionEvents } from '../../../../../../src-renderer/lib/db/repositories/attendance';
import { importOnlineAttendance, OnlineImportError, type ConfirmedReport } from '../../../../../../src-renderer/lib/db/repositories/online-attendance';
import { listParticipants } from '../../../../../../src-renderer/lib/db/repositories/participants';
import { effectiveEvents } from '../../../../../../src-renderer/lib/domain/attendance';
import { sessionHours } from '../../../../../../src-renderer/lib/domain/hours';
import { defaultDecision, matchReport } from '../../../../../../src-renderer/lib/domain/online-attendance';
import type { AgendaItem, Participant, Session } from '../../../../../../src-renderer/lib/domain/types';
import { readAttendanceReport, type AttendanceReport } from '../../../../../../src-renderer/lib/import/attendance';
import { addParticipants, contents, freshDb } from '../../../../db-helpers';

const DAY = '2026-04-27';
const T0 = '2026-04-01T08:00:00.000Z';
const FIXTURES = join(import.meta.dirname, '../../../../../fixtures/attendance');

const SESSION: Session = { id: 's1', createdAt: T0, updatedAt: T0, offerId: 'o1', days: [DAY], candidates: [], venue: '', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'online', online: { platform: 'teams', link: 'https://teams.microsoft.com/l/meetup-join/x' }, status: 'confermata', capacityMin: null, capacityMax: 10, notes: '', firstDay: DAY };

function participant(id: string, name: string, surname: string, email: string): Participant {
  return { id, createdAt: T0, updatedAt: T0, sessionId: 's1', surname, name, organisation: 'Comune', role: '', email, phone: '', notes: '', dietary: '', status: 'confermato', checkinCode: `C${id.toUpperCase()}7`, consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false, certificateOverride: null };
}

const PEOPLE = [
  participant('p1', 'Nicolò', 'Rossi', 'nicolo.rossi@comune.bergamo.it'),
  participant('p2', 'Lucia', "D'Amico", 'l.damico@comune.lecco.it'),
  participant('p3', 'Marco', 'De Luca', 'marco.deluca@comune.sestosg.mi.it'),
  participant('p4', 'Giulia', 'Bianchi', 'giulia.bianchi@cittametropolitana.mi.it'),
  participant('p5', 'Andrea', 'Colombo', 'andrea.colombo@comune.brescia.it'),
  participant('p6', 'Chiara', 'Ferrari', 'chiara.ferrari@comune.como.it'),
  participant('p7', 'Giuseppe', 'Esposito', 'g.esposito@comune.varese.it'),
];

/** The Patti workshop's morning: 09:30–11:00, a break, 11:15–13:00 (195 counted minutes). */
const ITEMS: AgendaItem[] = [
  ['09:30', '11:00', true],
  ['11:00', '11:15', false],
  ['11:15', '13:00', true],
].map(([start, end, counts], i) => ({ id: `a${i}`, createdAt: T0, updatedAt: T0, sessionId: 's1', dayIndex: 0, start: start as string, end: end as string, title: 'x', description: '', kind: counts ? 'intervento' : 'pausa', place: '', speakers: '', countsTowardHours: counts as boolean }));

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await db.sessions.add(SESSION);
  await addParticipants(db, PEOPLE);
});

async function report(name: string): Promise<AttendanceReport> {
  return readAttendanceReport(new Uint8Array(readFileSync(join(FIXTURES, name))));
}

/** The report confirmed as the review screen proposes it. */
async function confirmed(r: AttendanceReport, mode: 'replace' | 'add' = 'replace'): Promise<ConfirmedReport> {
  const { matches } = matchReport(r.people, await listParticipants('s1'));
  return { sessionId: 's1', day: r.meeting.date, platform: r.platform, people: r.people, decisions: matches.map((m) => defaultDecision(r.people[m.index]!, m)), mode, reason: 'Report Microsoft Teams (teams-meeting-en.csv)' };
}

async function hours() {
  const people = await listParticipants('s1');
  return sessionHours({ sessionDays: [DAY], items: ITEMS, events: await listSessionEvents('s1'), participantIds: people.map((p) => p.id), threshold: 0.75, fallbackDayEnd: '17:00' });
}

describe('importing a confirmed attendance report', () => {
  it('writes the matched people’s presence and the walk-ins in one go, and the hours follow', async () => {
    const outcome = await importOnlineAttendance(await confirmed(await report('teams-meeting-en.csv')));
    // Matched: Rossi, D'Amico (e-mail), De Luca (name, guest without e-mail), Bianchi (name, other e-mail),
    // Ferrari (e-mail in capitals), Esposito; walk-in: Paolo Verdi; left out: organiser, presenter, a phone.
    expect(outcome).toEqual({ written: 7, replaced: 0, removed: 0, unchanged: 0, walkIns: 1 });
    const people = await listParticipants('s1');
    expect(people.find((p) => p.surname === 'Verdi')).toMatchObject({ name: 'Paolo', walkIn: true, status: 'confermato', email: 'paolo.verdi@comune.varese.it' });
    const events = effectiveEvents(await listSessionEvents('s1'));
    expect(events.every((e) => e.source === 'online' && e.platform === 'teams' && e.day === DAY)).toBe(true);
    const h = await hours();
    expect(h.participants.get('p1')).toMatchObject({ attendedMinutes: 71 + 16 + 61 + 43, qualifies: true });
    expect(h.participants.get('p7')).toMatchObject({ attendedMinutes: 35, qualifies: false });
    expect(h.participants.get('p5')).toMatchObject({ attendedMinutes: 0, qualifies: false });
  });

  it('changes nothing when the same report is imported again', async () => {
    await importOnlineAttendance(await confirmed(await report('teams-meeting-en.csv')));
    const before = await contents(db);
    const again = await report('teams-meeting-en.csv');
    const confirmation = await confirmed(again);
    // Paolo Verdi is now registered (a walk-in): matched by e-mail this time.
    expect(confirmation.decisions.filter((d) => d.action === 'walkIn')).toEqual([]);
    expect(await importOnlineAttendance(confirmation)).toMatchObject({ written: 0, unchanged: 7, walkIns: 0 });
    expect(await contents(db)).toEqual(before);
  });

  it('replaces the day’s earlier online presence with a corrected report, and says how many changed', async () => {
    await importOnlineAttendance(await confirmed(await report('teams-meeting-en.csv')));
    const r = await report('teams-meeting-en.csv');
    const rossi = r.people.find((p) => p.name === 'Nicolò Rossi')!;
    rossi.intervals = [{ start: `${DAY}T09:30`, end: `${DAY}T10:00` }];
    const outcome = await importOnlineAttendance(await confirmed(r));
    expect(outcome).toMatchObject({ written: 1, replaced: 1, unchanged: 6 });
    expect((await hours()).participants.get('p1')!.attendedMinutes).toBe(30);
  });

  it('refuses a day that is not a session day, and writes nothing when a decision is wrong', async () => {
    const before = await contents(db);
    const r = await confirmed(await report('teams-meeting-en.csv'));
    await expect(importOnlineAttendance({ ...r, day: '2026-04-28' })).rejects.toEqual(new OnlineImportError('notSessionDay'));
    // A walk-in is added first, then an unknown participant stops everything: the walk-in is not kept either.
    await expect(importOnlineAttendance({ ...r, decisions: r.decisions.map((d, i) => (i === 0 ? { action: 'assign', participantId: 'nobody' } : d)) })).rejects.toEqual(new OnlineImportError('unknownParticipant'));
    expect(await contents(db)).toEqual(before);
  });
});
