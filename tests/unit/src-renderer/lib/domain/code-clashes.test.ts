import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { isValidCheckinCode } from '../../../../../src-renderer/lib/domain/checkin-code';
import { derivedCheckinCode, resolveCodeClashes } from '../../../../../src-renderer/lib/domain/code-clashes';
import type { Participant } from '../../../../../src-renderer/lib/domain/types';

const people = (): Participant[] => sampleData({ participants: 6 }).participants;

describe('two people of one session with the same check-in code', () => {
  it('leave the list as it is when every code is unique in its session', () => {
    const list = people();
    expect(resolveCodeClashes(list)).toEqual({ participants: list, recoded: [] });
  });

  it('the one registered first keeps the code; the other gets a new valid code, changed just after its last edit', () => {
    const list = people();
    const walkIn: Participant = { ...list[0]!, id: 'walk-in', surname: 'Neri', createdAt: '2026-05-07T08:00:00.000Z', updatedAt: '2026-05-07T08:00:00.000Z' };
    const { participants, recoded } = resolveCodeClashes([...list, walkIn]);
    expect(recoded).toHaveLength(1);
    expect(recoded[0]).toMatchObject({ previousCode: list[0]!.checkinCode, keptBy: { id: 'p1' }, participant: { id: 'walk-in', updatedAt: '2026-05-07T08:00:00.001Z' } });
    const code = recoded[0]!.participant.checkinCode;
    expect(isValidCheckinCode(code)).toBe(true);
    expect(participants.filter((p) => p.checkinCode === code)).toHaveLength(1);
    expect(participants.find((p) => p.id === 'p1')!.checkinCode).toBe(list[0]!.checkinCode);
  });

  it('gives the same result whatever the order of the list (so whichever station merges into which)', () => {
    const list = people();
    const a: Participant = { ...list[0]!, id: 'zz-a', createdAt: '2026-05-07T08:00:00.000Z' };
    const b: Participant = { ...list[2]!, id: 'aa-b', sessionId: list[0]!.sessionId, checkinCode: list[0]!.checkinCode, createdAt: '2026-05-07T08:00:00.000Z' };
    const one = resolveCodeClashes([...list, a, b]);
    const two = resolveCodeClashes([b, a, ...[...list].reverse()]);
    const codes = (r: typeof one) => Object.fromEntries(r.participants.map((p) => [p.id, p.checkinCode]));
    expect(codes(two)).toEqual(codes(one));
    expect(new Set(one.participants.map((p) => p.checkinCode)).size).toBe(one.participants.length);
  });

  it('ignores the same code in two different sessions, and a code written in lower case is the same code', () => {
    const list = people(); // p1 in s1, p2 in s2
    const other = { ...list[1]!, checkinCode: list[0]!.checkinCode };
    expect(resolveCodeClashes([list[0]!, other]).recoded).toEqual([]);
    const lower = { ...list[0]!, id: 'p9', createdAt: '2026-06-01T00:00:00.000Z', checkinCode: list[0]!.checkinCode.toLowerCase() };
    expect(resolveCodeClashes([list[0]!, lower]).recoded.map((r) => r.participant.id)).toEqual(['p9']);
  });

  it('derives codes that avoid every code taken', () => {
    const first = derivedCheckinCode('walk-in', () => false);
    const second = derivedCheckinCode('walk-in', (c) => c === first);
    expect(second).not.toBe(first);
    expect([first, second].every(isValidCheckinCode)).toBe(true);
  });
});
