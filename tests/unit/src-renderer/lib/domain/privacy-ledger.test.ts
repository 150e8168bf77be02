import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { anonymousStatistics, erasedCount } from '../../../../../src-renderer/lib/domain/privacy';
import {
  applyLedger,
  erasureRecord,
  erasuresOf,
  keptOut,
  mentionsLedger,
  newRecords,
  purgeRecord,
  unionLedger,
  type LedgerRecord,
} from '../../../../../src-renderer/lib/domain/privacy-ledger';
import type { AttendanceEvent, SessionStatistics } from '../../../../../src-renderer/lib/domain/types';

const stats = (purgedAt: string, participants = 3): SessionStatistics => ({ purgedAt, participants, attended: 2, minutes: 770, byOrganisation: [{ organisation: '', participants, minutes: 770, grouped: 3 }] });

// Sample data: sessions s1 (p1, p3, p5) and s2 (p2, p4, p6); events e1–e2 of p1, e3–e4 of p2, e5–e6 of p3, e7–e8 of p4.
const data = sampleData();

describe('a purge recorded in the ledger', () => {
  it('takes the session’s participants and attendance out of an older copy and gives the session its statistics back', () => {
    const purge = purgeRecord('s1', stats('2027-06-01T10:00:00.000Z'));
    const { data: cleaned, effect } = applyLedger(data, [purge]);
    expect(cleaned.participants.map((p) => p.id)).toEqual(['p2', 'p4', 'p6']);
    expect(cleaned.attendance.map((e) => e.id)).toEqual(['e3', 'e4', 'e7', 'e8']);
    const s1 = cleaned.sessions.find((s) => s.id === 's1')!;
    expect(s1.statistics).toEqual(purge.statistics);
    // Newer than the copy's own change: a merge by latest change keeps the purge.
    expect(s1.updatedAt).toBe('2027-06-01T10:00:00.000Z');
    expect(cleaned.sessions.find((s) => s.id === 's2')).toBe(data.sessions[1]);
    expect(effect).toEqual({ participants: ['p1', 'p3', 'p5'], events: ['e1', 'e2', 'e5', 'e6'], sessionsMarked: ['s1'], feedback: [] });
    expect(JSON.stringify(cleaned.participants)).not.toMatch(/persona1@|persona3@|persona5@/);
  });

  it('leaves a session that already has its statistics as it is, and changes nothing on data already clean', () => {
    const purge = purgeRecord('s1', stats('2027-06-01T10:00:00.000Z'));
    const once = applyLedger(data, [purge]).data;
    const twice = applyLedger(once, [purge]);
    expect(twice.data).toBe(once);
    expect(twice.effect).toEqual({ participants: [], events: [], sessionsMarked: [], feedback: [] });
  });
});

describe('an erasure (tombstone)', () => {
  it('takes the person and their attendance out, corrections voiding it included, and nobody else', () => {
    const voiding: AttendanceEvent = { ...data.attendance[1]!, id: 'v1', kind: 'void', time: '', voidsEventId: 'e2', reason: 'errore', source: 'correction' };
    const voidOfVoid: AttendanceEvent = { ...voiding, id: 'v2', voidsEventId: 'v1' };
    const withCorrections = { ...data, attendance: [...data.attendance, voiding, voidOfVoid] };
    const erase = erasureRecord({ id: 'p1', sessionId: 's1' }, '2026-06-01T10:00:00.000Z', { organisation: 'Comune di Bergamo', minutes: 385, attended: true });
    const { data: cleaned, effect } = applyLedger(withCorrections, [erase]);
    expect(cleaned.participants.map((p) => p.id)).toEqual(['p2', 'p3', 'p4', 'p5', 'p6']);
    expect(cleaned.attendance.map((e) => e.id)).toEqual(['e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    expect(effect.events.sort()).toEqual(['e1', 'e2', 'v1', 'v2']);
    // The session is not purged: it keeps no statistics yet and its record does not change.
    expect(cleaned.sessions).toBe(withCorrections.sessions);
  });

  it('holds no personal data: ids, the organisation and anonymous counts only', () => {
    const p = data.participants[0]!;
    const erase = erasureRecord(p, '2026-06-01T10:00:00.000Z', erasedCount({ session: data.sessions[0]!, participant: p, events: data.attendance, items: data.agendaItems, fallbackDayEnd: '17:00' }));
    expect(erase).toEqual({ id: 'erase:p1', kind: 'erase', participantId: 'p1', sessionId: 's1', at: '2026-06-01T10:00:00.000Z', counted: { organisation: 'Comune di Bergamo', minutes: 385, attended: true }, feedback: [] });
    expect(JSON.stringify(erase)).not.toContain(p.surname);
    expect(JSON.stringify(erase)).not.toContain(p.email);
    expect(JSON.stringify(erase)).not.toContain(p.checkinCode);
  });

  it('a cancelled registration counts for nothing', () => {
    const p = { ...data.participants[0]!, status: 'annullato' as const };
    expect(erasedCount({ session: data.sessions[0]!, participant: p, events: data.attendance, items: data.agendaItems, fallbackDayEnd: '17:00' })).toBeNull();
  });
});

describe('the session’s anonymous counts after an erasure', () => {
  it('still count the erased person when the session is purged later', () => {
    const session = data.sessions[0]!;
    const items = data.agendaItems.filter((i) => i.sessionId === 's1');
    const all = data.participants.filter((p) => p.sessionId === 's1');
    const events = data.attendance.filter((e) => e.sessionId === 's1');
    const purgedAt = '2027-06-01T00:00:00.000Z';
    const before = anonymousStatistics({ session, participants: all, events, items, fallbackDayEnd: '17:00', purgedAt });
    const p1 = all[0]!;
    const counted = erasedCount({ session, participant: p1, events, items, fallbackDayEnd: '17:00' });
    const after = anonymousStatistics({
      session,
      participants: all.slice(1),
      events: events.filter((e) => e.participantId !== p1.id),
      items,
      fallbackDayEnd: '17:00',
      purgedAt,
      erased: [counted],
    });
    expect(after).toEqual(before);
  });
});

describe('two ledgers', () => {
  const a = purgeRecord('s1', stats('2027-06-01T10:00:00.000Z'));
  const b = erasureRecord({ id: 'p2', sessionId: 's2' }, '2026-06-01T10:00:00.000Z', null);
  const aSeenLater: LedgerRecord = { ...a, at: '2027-06-02T10:00:00.000Z' };

  it('join by union, the same whichever side, with the earlier record of one purge', () => {
    expect(unionLedger([a], [b, aSeenLater])).toEqual([b, a]);
    expect(unionLedger([b, aSeenLater], [a])).toEqual([b, a]);
    expect(unionLedger([a, b], [a, b])).toEqual([b, a]);
  });

  it('say which records one side does not know', () => {
    expect(newRecords([a, b], [b])).toEqual([a]);
    expect(newRecords([a], [aSeenLater])).toEqual([]);
  });

  it('give each session its erasures', () => {
    expect(erasuresOf([a, b], 's2')).toEqual([b]);
    expect(erasuresOf([a, b], 's1')).toEqual([]);
  });
});

describe('a file that cannot be read as a backup', () => {
  it('is recognised as holding purged or erased data by the ids it names', () => {
    const erase = erasureRecord({ id: 'p2', sessionId: 's2' }, '2026-06-01T10:00:00.000Z', null);
    expect(mentionsLedger('{"format":"ospita-backup","data":{"participants":[{"id":"p2"', [erase])).toBe(true);
    expect(mentionsLedger('{"format":"ospita-backup","data":{"participants":[{"id":"p22"', [erase])).toBe(false);
  });
});

describe('questionnaire answers under the ledger', () => {
  const signedData = {
    ...data,
    feedback: [
      { ...data.feedback[0]!, id: 'ra', sessionId: 's1', respondentName: 'Giulia Rossi', updatedAt: '2026-05-08T09:00:00.000Z' },
      { ...data.feedback[0]!, id: 'rb', sessionId: 's2', respondentName: 'Marco Bianchi', updatedAt: '2026-05-08T09:00:00.000Z' },
      { ...data.feedback[0]!, id: 'rc', sessionId: 's2', respondentName: '', updatedAt: '2026-05-08T09:00:00.000Z' },
    ],
  };

  it('a purge takes the names off its session’s answers, later than their last change; the answers stay', () => {
    const { data: cleaned, effect } = applyLedger(signedData, [purgeRecord('s1', stats('2027-06-01T10:00:00.000Z'))]);
    expect(effect.feedback).toEqual(['ra']);
    expect(cleaned.feedback!.map((r) => [r.id, r.respondentName, r.updatedAt])).toEqual([
      ['ra', '', '2027-06-01T10:00:00.000Z'],
      ['rb', 'Marco Bianchi', '2026-05-08T09:00:00.000Z'],
      ['rc', '', '2026-05-08T09:00:00.000Z'],
    ]);
    expect(cleaned.feedback![0]!.answers).toEqual(signedData.feedback[0]!.answers);
  });

  it('an erasure takes the name off the answers its tombstone lists, and only those', () => {
    const erase = erasureRecord({ id: 'p2', sessionId: 's2' }, '2026-06-01T10:00:00.000Z', null, ['rb']);
    const { data: cleaned, effect } = applyLedger(signedData, [erase]);
    expect(effect.feedback).toEqual(['rb']);
    expect(cleaned.feedback!.find((r) => r.id === 'rb')!.respondentName).toBe('');
    expect(cleaned.feedback!.find((r) => r.id === 'ra')!.respondentName).toBe('Giulia Rossi');
    // Applying it again changes nothing more.
    expect(applyLedger(cleaned, [erase]).effect.feedback).toEqual([]);
  });

  it('says how many people it keeps out of a copy, by why, and how many answers lose their name', () => {
    const ledger = [purgeRecord('s1', stats('2027-06-01T10:00:00.000Z')), erasureRecord({ id: 'p2', sessionId: 's2' }, '2026-06-01T10:00:00.000Z', null, ['rb'])];
    expect(keptOut(signedData, ledger)).toEqual({ purged: 3, erased: 1, unsigned: 2 });
    // An erasure whose person the copy does not hold keeps nobody out.
    expect(keptOut({ ...signedData, participants: signedData.participants.filter((p) => p.id !== 'p2') }, [ledger[1]!])).toEqual({ purged: 0, erased: 0, unsigned: 1 });
    expect(keptOut(signedData, [])).toEqual({ purged: 0, erased: 0, unsigned: 0 });
  });
});
