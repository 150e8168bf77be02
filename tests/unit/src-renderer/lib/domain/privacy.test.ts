import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { anonymousStatistics, consentMissing, groupSmallOrganisations, MIN_NAMED_ORGANISATION, lastDay, retentionEnd, sessionsPastRetention, signedBy } from '../../../../../src-renderer/lib/domain/privacy';
import type { Session } from '../../../../../src-renderer/lib/domain/types';

const data = sampleData();
const base = data.sessions[0]!;
const session = (over: Partial<Session>): Session => ({ ...base, ...over });

describe('retention of personal data', () => {
  it('counts from the last day of the session', () => {
    expect(lastDay(session({ days: ['2026-05-07', '2026-05-08'] }))).toBe('2026-05-08');
    expect(retentionEnd(session({ days: ['2026-05-07', '2026-05-08'] }), 12)).toBe('2027-05-08');
    expect(retentionEnd(session({ days: ['2026-01-31'] }), 1)).toBe('2026-02-28');
  });

  it('uses the proposed dates of a session not yet fixed, and has no end for a session with no date', () => {
    expect(lastDay(session({ days: [], candidates: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }] }))).toBe('2026-04-27');
    expect(retentionEnd(session({ days: [], candidates: [] }), 12)).toBeNull();
  });

  it('lists the sessions past it, oldest first, and not the ones already purged', () => {
    const list = [
      session({ id: 'recent', days: ['2026-05-07'] }),
      session({ id: 'old', days: ['2025-03-01'] }),
      session({ id: 'older', days: ['2024-10-10'] }),
      session({ id: 'purged', days: ['2024-01-10'], statistics: { purgedAt: '2025-02-01T00:00:00.000Z', participants: 1, attended: 1, minutes: 60, byOrganisation: [] } }),
    ];
    expect(sessionsPastRetention(list, 12, '2026-05-07').map((d) => [d.session.id, d.due])).toEqual([
      ['older', '2025-10-10'],
      ['old', '2026-03-01'],
    ]);
    expect(sessionsPastRetention(list, 12, '2026-02-28').map((d) => d.session.id)).toEqual(['older']);
  });
});

describe('consent', () => {
  it('is flagged as missing when not given', () => {
    expect(consentMissing({ consent: { given: false, date: null } })).toBe(true);
    expect(consentMissing({ consent: { given: true, date: '2026-04-01' } })).toBe(false);
  });
});

describe('anonymous statistics of a purged session', () => {
  it('count participants and hours attended per organisation, without any name', () => {
    const participants = data.participants.filter((p) => p.sessionId === 's1');
    const events = data.attendance.filter((e) => e.sessionId === 's1');
    const items = data.agendaItems.filter((i) => i.sessionId === 's1');
    const stats = anonymousStatistics({ session: base, participants, events, items, fallbackDayEnd: '17:00', purgedAt: '2027-06-01T00:00:00.000Z' });
    // p1 (Bergamo) 09:05–16:30 over 09–13 + 14–17 counted: 235 + 150 = 385 minutes; p3 (Cremona) the same; p5 (Città metropolitana) absent.
    expect(stats).toEqual({
      purgedAt: '2027-06-01T00:00:00.000Z',
      participants: 3,
      attended: 2,
      minutes: 770,
      // One person each from three bodies: none is named, as naming the body would point at the person.
      byOrganisation: [{ organisation: '', participants: 3, minutes: 770, grouped: 3 }],
    });
    expect(JSON.stringify(stats)).not.toMatch(/Rossi|Giulia|@|K000|Bergamo|Cremona|Milano/);
  });

  it('name only the organisations with three participants or more; the others are counted together as «altri enti»', () => {
    const row = (organisation: string, participants: number, minutes = participants * 60) => ({ organisation, participants, minutes });
    const grouped = groupSmallOrganisations([row('Comune di Lecco', 2), row('Comune di Monza', 5), row('', 1), row('Comune di Como', 3), row('Comune di Sondrio', 1)]);
    expect(grouped).toEqual([
      row('Comune di Monza', 5),
      row('Comune di Como', 3),
      { organisation: '', participants: 4, minutes: 240, grouped: 3 },
    ]);
    // Statistics stored before the rule pass through it unchanged in meaning, and grouping twice changes nothing.
    expect(groupSmallOrganisations(grouped)).toEqual(grouped);
    expect(groupSmallOrganisations([row('Comune di Monza', 4)])).toEqual([row('Comune di Monza', 4)]);
    expect(groupSmallOrganisations([])).toEqual([]);
    expect(MIN_NAMED_ORGANISATION).toBe(3);
  });
});

describe('answers signed with a participant’s name', () => {
  const nicolo = { name: 'Nicolò', surname: 'De Luca' };
  it('match in either order, any case, with or without accents and punctuation', () => {
    for (const signed of ['Nicolò De Luca', 'DE LUCA, Nicolo', '  de   luca nicolò ', 'Nicolo De-Luca']) expect(signedBy(signed, nicolo)).toBe(true);
  });
  it('do not match another name, a part of it, or no name', () => {
    for (const signed of ['Nicolò', 'Nicola De Luca', 'Nicolò De Lucas', '', '  ']) expect(signedBy(signed, nicolo)).toBe(false);
  });
});
