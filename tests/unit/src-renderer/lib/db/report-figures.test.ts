import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllData } from '../../../../../src-renderer/lib/db/backup';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { FIGURES_TABLE, keepFigures, readKeptFigures, type StoredFigures } from '../../../../../src-renderer/lib/db/report-figures';
import { loadReportData } from '../../../../../src-renderer/lib/db/repositories/programme-report';
import { programmeReport, reportFromFigures, type ReportPeriod } from '../../../../../src-renderer/lib/report/programme-report';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/lib/domain/settings';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { addEvents, fill, freshDb, changeStoredParticipant } from '../../../db-helpers';

const period: ReportPeriod = { from: '2026-01-01', to: '2026-12-31' };
let db: OspitaDatabase;

const stored = () => db.table<StoredFigures, string>(FIGURES_TABLE).toArray();
const computedIds = async () => (await stored()).filter((r) => r.computed).map((r) => r.sessionId).sort();

/** The report as the screen shows it, and as computed straight from every record (the reference). */
async function bothReports() {
  const data = await loadReportData(period);
  const all = await readAllData(db);
  const reference = programmeReport({ ...all, settings: { ...DEFAULT_SETTINGS, ...all.settings[0] } }, period);
  return { shown: reportFromFigures(data, data.figures, period), reference };
}

beforeEach(async () => {
  db = await freshDb();
  const data = sampleData({ sessions: 6, participants: 60, attendance: 120, responses: 12 });
  data.sessions = data.sessions.map((s, i) => ({ ...s, status: i === 3 ? 'annullata' : 'svolta' }));
  await fill(db, data);
});
afterEach(() => db.close());

describe('Riepilogo figures kept per session', () => {
  it('gives the same report as computing from every record, and keeps each active session’s figures', async () => {
    const { shown, reference } = await bothReports();
    expect(shown).toEqual(reference);
    expect(shown.participantsPresent).toBeGreaterThan(0);
    expect(await computedIds()).toEqual(['s1', 's2', 's3', 's5', 's6']);
    // Read again from the kept figures alone: the same report.
    expect((await bothReports()).shown).toEqual(reference);
  });

  it('computes a session again once its attendance, participants or programme change, and only that one', async () => {
    await loadReportData(period);
    const before = Object.fromEntries((await stored()).map((r) => [r.sessionId, r.stamp]));
    const all = await readAllData(db);
    const someone = all.participants.find((p) => p.sessionId === 's2')!;
    await addEvents(db, [{ ...all.attendance.find((e) => e.sessionId === 's2')!, id: 'new-event', participantId: someone.id, kind: 'in', time: '09:00', voidsEventId: null }]);
    let rows = await stored();
    expect(rows.find((r) => r.sessionId === 's2')!.computed).toBeUndefined();
    expect(rows.find((r) => r.sessionId === 's1')!.stamp).toBe(before.s1);
    expect((await computedIds()).includes('s1')).toBe(true);

    await changeStoredParticipant(db, all.participants.find((p) => p.sessionId === 's5')!.id, { organisation: 'Comune di Sondrio' });
    await db.agendaItems.delete(all.agendaItems.find((i) => i.sessionId === 's6')!.id);
    rows = await stored();
    // s4 is cancelled: it has a stamp, never figures.
    expect(rows.filter((r) => !r.computed).map((r) => r.sessionId).sort()).toEqual(['s2', 's4', 's5', 's6']);

    const { shown, reference } = await bothReports();
    expect(shown).toEqual(reference);
    expect(shown.organisations.map((o) => o.name)).toContain('Comune di Sondrio');
  });

  it('computes every session again after a table is cleared, or when the certificate rule changes', async () => {
    await loadReportData(period);
    await db.feedbackLists.clear();
    expect((await stored()).some((r) => r.sessionId === '*')).toBe(true);
    let data = await loadReportData(period);
    expect(reportFromFigures(data, data.figures, period).responses).toBe(0);

    await db.settings.update('host', { certificateThreshold: 1 });
    data = await loadReportData(period);
    const { reference } = await bothReports();
    expect(reportFromFigures(data, data.figures, period)).toEqual(reference);
  });

  it('does not keep figures computed before a write that came in meanwhile', async () => {
    const settings = { certificateThreshold: 0.75, dayEnd: '17:00' };
    const kept = await db.transaction('r', db.table(FIGURES_TABLE), () => readKeptFigures(db, ['s1', 's2'], settings));
    expect([...kept.stale.keys()]).toEqual(['s1', 's2']);
    const all = await readAllData(db);
    // s1 is written after its records were read: what was computed from them must not be kept.
    await changeStoredParticipant(db, all.participants.find((p) => p.sessionId === 's1')!.id, { organisation: 'Comune di Sondrio' });
    const figures = { registered: 1, present: 1, minutes: 60, certificates: 0, organisations: [], responses: 0, scales: [] };
    await keepFigures(db, kept, new Map([['s1', figures], ['s2', figures]]), settings);
    const rows = await stored();
    expect(rows.find((r) => r.sessionId === 's1')!.computed).toBeUndefined();
    expect(rows.find((r) => r.sessionId === 's2')!.computed?.figures).toEqual(figures);
  });
});
