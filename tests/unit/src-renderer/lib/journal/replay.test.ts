import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { ChangeBuilder, cancelChange, parseChange, type JournalChange } from '../../../../../src-renderer/lib/journal/changes';
import { countData, emptyData, replayChanges, type ReplayEntry } from '../../../../../src-renderer/lib/journal/replay';
import type { AttendanceEvent, Participant } from '../../../../../src-renderer/lib/domain/types';

const data = sampleData({ sessions: 2, participants: 6, attendance: 0 });
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function event(id: string, participant: Participant, kind: 'in' | 'out' | 'void' = 'in', voids: string | null = null): AttendanceEvent {
  return { id, sessionId: participant.sessionId, participantId: participant.id, day: '2026-05-07', kind, time: kind === 'void' ? '' : '09:10', recordedAt: '2026-05-07T07:10:00.000Z', station: 'Postazione 1', source: 'desk', voidsEventId: voids, reason: voids ? 'undo' : '' };
}

/** A change written as the journal would, then read back and checked. */
function entry(seq: number, build: (c: ChangeBuilder) => void): ReplayEntry {
  const builder = new ChangeBuilder();
  build(builder);
  return { seq, change: parseChange(builder.toJson())! };
}

const p1 = data.participants[0]!;
const p2 = data.participants[1]!;
const walkIn: Participant = { ...p1, id: 'walk-in', createdAt: later(p1.createdAt, 600), updatedAt: later(p1.createdAt, 600), surname: 'Nuova', walkIn: true, checkinCode: 'WALK1' };
const renamed: Participant = { ...p2, surname: 'Bianchi-Verdi', updatedAt: later(p2.updatedAt, 5) };

const journal: ReplayEntry[] = [
  entry(1, (c) => c.events([event('e1', p1)])),
  entry(2, (c) => c.put('participants', [walkIn]).events([event('e2', walkIn)])),
  entry(3, (c) => c.put('participants', [renamed])),
  entry(4, (c) => c.events([event('e3', p2), event('e4', p2, 'void', 'e3')])),
  entry(5, (c) => c.delete('agendaItems', [data.agendaItems[0]!.id])),
];

describe('replaying the journal', () => {
  it('rebuilds check-ins, walk-ins, edits and deletions on top of a backup', () => {
    const { data: out, applied } = replayChanges(data, journal);
    expect(applied).toBe(5);
    expect(out.attendance.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(out.participants.find((p) => p.id === 'walk-in')).toMatchObject({ surname: 'Nuova', walkIn: true });
    expect(out.participants.find((p) => p.id === p2.id)?.surname).toBe('Bianchi-Verdi');
    expect(out.agendaItems).toHaveLength(data.agendaItems.length - 1);
    // e3 was undone: two check-ins stand.
    expect(countData(out)).toMatchObject({ participants: 7, checkIns: 2, attendance: 4 });
  });

  it('gives the same data when replayed twice, or onto a base that already holds some of the changes', () => {
    const once = replayChanges(data, journal).data;
    expect(replayChanges(once, journal).data).toEqual(once);
    const partly = replayChanges(data, journal.slice(0, 3)).data;
    expect(replayChanges(partly, journal).data).toEqual(once);
    // In any order of delivery: sequence numbers decide.
    expect(replayChanges(data, [...journal].reverse()).data).toEqual(once);
  });

  it('never lets an older copy of a record replace a newer one', () => {
    const stale: Participant = { ...p2, surname: 'Vecchio', updatedAt: p2.updatedAt };
    const out = replayChanges(data, [...journal, entry(6, (c) => c.put('participants', [stale]))]).data;
    expect(out.participants.find((p) => p.id === p2.id)?.surname).toBe('Bianchi-Verdi');
  });

  it('applies deletions named explicitly: a session goes with its programme, people and log; a purge keeps the session', () => {
    const s1 = data.sessions[0]!.id;
    const deleted = replayChanges(data, [...journal, entry(6, (c) => c.delete('sessions', [s1]))]).data;
    expect(deleted.sessions.map((s) => s.id)).not.toContain(s1);
    expect(deleted.agendaItems.some((a) => a.sessionId === s1)).toBe(false);
    expect(deleted.participants.some((p) => p.sessionId === s1)).toBe(false);
    expect(deleted.attendance.some((e) => e.sessionId === s1)).toBe(false);
    const purged = replayChanges(data, [...journal, entry(6, (c) => c.purge(s1))]).data;
    expect(purged.sessions.map((s) => s.id)).toContain(s1);
    expect(purged.participants.some((p) => p.sessionId === s1)).toBe(false);
    const offerGone = replayChanges(data, [entry(1, (c) => c.delete('offers', [data.offers[0]!.id]))]).data;
    expect(offerGone).toMatchObject({ offers: [], sessions: [], participants: [], agendaItems: [] });
  });

  it('leaves out a change whose transaction failed (cancelled by a later line)', () => {
    const cancelled: ReplayEntry = { seq: 7, change: parseChange(cancelChange(6))! };
    const out = replayChanges(data, [...journal, entry(6, (c) => c.events([event('ghost', p1, 'out')])), cancelled]);
    expect(out.data.attendance.map((e) => e.id)).not.toContain('ghost');
    expect(out.applied).toBe(5);
  });

  it('rebuilds from nothing when the journal holds everything since the first change', () => {
    const all = [entry(1, (c) => c.put('settings', data.settings).put('offers', data.offers).put('sessions', data.sessions).put('participants', data.participants)), ...journal.map((e) => ({ ...e, seq: e.seq + 1 }))];
    const out = replayChanges(emptyData(), all).data;
    expect(countData(out)).toMatchObject({ offers: 1, sessions: 2, participants: 7, checkIns: 2 });
    expect(out.settings[0]?.municipality).toBe('Comune di Monza');
  });
});

describe('journal changes read back', () => {
  it('are refused when a record is not one the app could have written', () => {
    const bad = JSON.stringify({ v: 1, ops: [{ op: 'put', table: 'participants', records: [{ ...p1, status: 'forse' }] }] });
    expect(parseChange(bad)).toBeNull();
    expect(parseChange(JSON.stringify({ v: 2, ops: [{ op: 'purge', sessionId: 's1' }] }))).toBeNull();
    expect(parseChange(JSON.stringify({ v: 1, ops: [] }))).toBeNull();
    expect(parseChange('{"v":1,"ops":[{"op":"drop","table":"sessions"}]}')).toBeNull();
    expect(parseChange('not json')).toBeNull();
  });

  it('keep every field of the records as written', () => {
    const change = parseChange(new ChangeBuilder().put('participants', [walkIn]).toJson()) as JournalChange;
    expect(change.ops[0]).toEqual({ op: 'put', table: 'participants', records: [walkIn] });
  });
});

describe('replaying an erasure or a purge (privacy ledger)', () => {
  it('never brings an erased person back, whatever older lines or base put them there', () => {
    const tombstone = { id: `erase:${p2.id}`, kind: 'erase' as const, participantId: p2.id, sessionId: p2.sessionId, at: '2026-06-01T10:00:00.000Z', counted: null, feedback: [] };
    const lines = [...journal, entry(6, (c) => c.ledger([tombstone])), entry(7, (c) => c.put('participants', [{ ...renamed, updatedAt: later(renamed.updatedAt, 60) }]))];
    const { data: out } = replayChanges(data, lines);
    expect(out.participants.some((p) => p.id === p2.id)).toBe(false);
    expect(out.attendance.some((e) => e.participantId === p2.id)).toBe(false);
    expect(out.privacyLedger.map((r) => r.id)).toEqual([tombstone.id]);
    // The journal line holds the tombstone only, never the person.
    expect(new ChangeBuilder().ledger([tombstone]).toJson()).not.toContain(p2.surname);
  });

  it('applies the ledger the base backup carries', () => {
    const stats = { purgedAt: '2027-06-01T00:00:00.000Z', participants: 3, attended: 0, minutes: 0, byOrganisation: [] };
    const base = { ...data, privacyLedger: [{ id: 'purge:s1', kind: 'purge' as const, sessionId: 's1', at: stats.purgedAt, statistics: stats }] };
    const { data: out } = replayChanges(base, [entry(1, (c) => c.events([event('late', p1)]))]);
    expect(out.participants.some((p) => p.sessionId === 's1')).toBe(false);
    expect(out.attendance).toEqual([]);
    expect(out.sessions.find((s) => s.id === 's1')?.statistics).toEqual(stats);
  });
});
