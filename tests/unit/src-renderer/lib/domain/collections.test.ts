import { describe, expect, it } from 'vitest';
import { byId, groupBy } from '../../../../../src-renderer/lib/domain/collections';

describe('list helpers', () => {
  it('groups in the order things came, so a session keeps its participants in the order they registered', () => {
    const rows = [
      { id: 'b', s: 's2' },
      { id: 'a', s: 's1' },
      { id: 'c', s: 's2' },
    ];
    expect([...groupBy(rows, (r) => r.s)]).toEqual([
      ['s2', [rows[0], rows[2]]],
      ['s1', [rows[1]]],
    ]);
  });

  it('orders records by id as text, the way backups list them', () => {
    expect([{ id: 'b' }, { id: 'B' }, { id: 'a' }, { id: '10' }, { id: '9' }].sort(byId).map((r) => r.id)).toEqual(['10', '9', 'B', 'a', 'b']);
  });
});
