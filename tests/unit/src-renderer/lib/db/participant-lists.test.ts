import { beforeEach, describe, expect, it } from 'vitest';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import {
  deleteParticipants,
  deleteSessionList,
  findParticipant,
  flattenLists,
  groupIntoLists,
  isCodeInUse,
  putParticipants,
  readAllParticipants,
  readList,
  writeList,
} from '../../../../../src-renderer/lib/db/participant-lists';
import type { Participant } from '../../../../../src-renderer/lib/domain/types';
import { freshDb } from '../../../db-helpers';

const person = (id: string, sessionId: string, checkinCode = `C-${id}`, surname = 'Rossi'): Participant => ({ id, sessionId, checkinCode, surname }) as Participant;
const ids = (list: readonly Participant[]) => list.map((p) => p.id);
const inTx = <T>(db: OspitaDatabase, work: () => Promise<T>) => db.transaction('rw', db.participantLists, work);

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

describe('participants kept as one list per session', () => {
  it('groups by session keeping the order of registration, with the ids and codes for the indexes; flattens back by id', () => {
    const lists = groupIntoLists([person('c', 's1'), person('a', 's2'), person('b', 's1')]);
    expect(lists.map((l) => [l.sessionId, ids(l.participants), l.ids, l.codes])).toEqual([
      ['s1', ['c', 'b'], ['c', 'b'], ['C-c', 'C-b']],
      ['s2', ['a'], ['a'], ['C-a']],
    ]);
    expect(ids(flattenLists(lists))).toEqual(['a', 'b', 'c']);
  });

  it('finds a participant by id and a code in use across every session', async () => {
    await inTx(db, () => putParticipants(db, [person('p1', 's1', 'AAAA'), person('p2', 's2', 'BBBB')]));
    expect(await findParticipant(db, 'p2')).toMatchObject({ sessionId: 's2', checkinCode: 'BBBB' });
    expect(await findParticipant(db, 'nobody')).toBeUndefined();
    expect(await isCodeInUse(db, 'AAAA')).toBe(true);
    expect(await isCodeInUse(db, 'CCCC')).toBe(false);
  });

  it('a put replaces the participant with the same id in place and appends a new one at the end', async () => {
    await inTx(db, () => writeList(db, 's1', [person('p1', 's1'), person('p2', 's1')]));
    await inTx(db, () => putParticipants(db, [person('p3', 's1'), { ...person('p1', 's1', 'NEW1'), surname: 'Verdi' }]));
    const list = await readList(db, 's1');
    expect(ids(list)).toEqual(['p1', 'p2', 'p3']);
    expect(list[0]).toMatchObject({ surname: 'Verdi', checkinCode: 'NEW1' });
    // The index follows the change of code.
    expect(await isCodeInUse(db, 'C-p1')).toBe(false);
    expect(await isCodeInUse(db, 'NEW1')).toBe(true);
  });

  it('a participant whose session changed leaves the old list', async () => {
    await inTx(db, () => writeList(db, 's1', [person('p1', 's1'), person('p2', 's1')]));
    await inTx(db, () => putParticipants(db, [person('p1', 's2')]));
    expect(ids(await readList(db, 's1'))).toEqual(['p2']);
    expect(ids(await readList(db, 's2'))).toEqual(['p1']);
    expect(ids(await readAllParticipants(db))).toEqual(['p1', 'p2']);
  });

  it('deleting the last participants of a session removes its record; unknown ids are ignored', async () => {
    await inTx(db, () => putParticipants(db, [person('p1', 's1'), person('p2', 's1'), person('p3', 's2')]));
    await inTx(db, () => deleteParticipants(db, ['p1', 'p2', 'ghost']));
    expect(await db.participantLists.get('s1')).toBeUndefined();
    expect(await findParticipant(db, 'p1')).toBeUndefined();
    expect(ids(await readAllParticipants(db))).toEqual(['p3']);
    await inTx(db, () => deleteSessionList(db, 's2'));
    expect(await db.participantLists.count()).toBe(0);
  });

  it('two writes to the same session in parallel transactions both land (each reads the other’s list)', async () => {
    await Promise.all([inTx(db, () => putParticipants(db, [person('p1', 's1')])), inTx(db, () => putParticipants(db, [person('p2', 's1')]))]);
    expect(ids(await readList(db, 's1')).sort()).toEqual(['p1', 'p2']);
  });
});
