import { describe, expect, it } from 'vitest';
import { decideAtStartup, type BackupFacts, type JournalFacts } from '../../../../../src-renderer/lib/journal/recovery-plan';

const J = 'journal-1';
const journal = (over: Partial<JournalFacts> = {}): JournalFacts => ({ id: J, base: 0, last: 0, seqs: [], unreadable: 0, setAside: null, ...over });
const backup = (name: string, createdAt: string, position: number | null, hasData = true, id = J): BackupFacts => ({
  name,
  createdAt,
  reason: 'checkin',
  journal: position === null ? null : { id, position },
  hasData,
});
const marked = (position: number, hasData = true) => ({ hasData, marker: { id: J, position } });
const wiped = { hasData: false, marker: null };

describe('the start-up decision', () => {
  it('is a plain start on a first run, and when the database holds what the journal knows', () => {
    expect(decideAtStartup(wiped, journal(), [])).toEqual({ kind: 'fresh' });
    expect(decideAtStartup(marked(12), journal({ base: 10, last: 12, seqs: [11, 12] }), [])).toEqual({ kind: 'ok' });
    // A database the coordinator emptied on purpose still has its marker.
    expect(decideAtStartup(marked(12, false), journal({ base: 12, last: 12 }), [backup('b', '2026-05-07T08:00:00Z', 12, false)])).toEqual({ kind: 'ok' });
  });

  it('notices a database holding changes the journal never got (killed between the two writes)', () => {
    expect(decideAtStartup(marked(13), journal({ base: 10, last: 12, seqs: [11, 12] }), [])).toEqual({ kind: 'ahead' });
  });

  it('marks a database from before the journal (or from another journal) instead of rebuilding it', () => {
    expect(decideAtStartup({ hasData: true, marker: null }, journal(), [])).toEqual({ kind: 'adopt' });
    expect(decideAtStartup({ hasData: true, marker: { id: 'another', position: 40 } }, journal({ last: 3, seqs: [1, 2, 3] }), [])).toEqual({ kind: 'adopt' });
  });

  it('empty database + journal: rebuilds from the newest backup and replays the changes after its position', () => {
    const backups = [backup('old', '2026-05-07T08:00:00Z', 20), backup('new', '2026-05-07T09:00:00Z', 30), backup('quit', '2026-05-06T18:00:00Z', 10)];
    const decision = decideAtStartup(wiped, journal({ base: 30, last: 42, seqs: [31, 32, 40, 41, 42] }), backups);
    expect(decision).toEqual({ kind: 'recover', why: 'emptied', base: { kind: 'backup', name: 'new', createdAt: '2026-05-07T09:00:00Z', position: 30 }, replayAfter: 30, warnings: [] });
  });

  it('empty database + journal never trimmed and no backup: rebuilds from the journal alone', () => {
    expect(decideAtStartup(wiped, journal({ last: 3, seqs: [1, 2, 3] }), [])).toEqual({ kind: 'recover', why: 'emptied', base: { kind: 'empty' }, replayAfter: 0, warnings: [] });
  });

  it('older database + journal: replays onto the database itself when it is the most recent copy', () => {
    const decision = decideAtStartup(marked(35), journal({ base: 30, last: 42, seqs: [31, 35, 36, 42] }), [backup('b', '2026-05-07T09:00:00Z', 30)]);
    expect(decision).toMatchObject({ kind: 'recover', why: 'behind', base: { kind: 'database', position: 35 }, replayAfter: 35, warnings: [] });
  });

  it('older database than a backup (a restore cut short): takes the backup', () => {
    const decision = decideAtStartup(marked(12), journal({ base: 40, last: 40 }), [backup('restore', '2026-05-07T09:00:00Z', 40)]);
    expect(decision).toMatchObject({ kind: 'recover', why: 'behind', base: { kind: 'backup', name: 'restore' }, replayAfter: 40 });
  });

  it('backups of another journal or from before it count only when nothing else reaches, and then say what is missing', () => {
    const backups = [backup('pre', '2026-05-01T09:00:00Z', null), backup('other', '2026-05-02T09:00:00Z', 99, true, 'old-journal')];
    const decision = decideAtStartup(wiped, journal({ base: 5, last: 9, seqs: [6, 7, 8, 9] }), backups);
    expect(decision).toMatchObject({ kind: 'recover', base: { kind: 'backup', name: 'other', position: null }, replayAfter: 0, warnings: [{ kind: 'notCovered' }] });
  });

  it('says so when the journal has damaged lines or was set aside', () => {
    const decision = decideAtStartup(wiped, journal({ last: 3, seqs: [1, 3], unreadable: 1 }), []);
    expect(decision).toMatchObject({ kind: 'recover', warnings: [{ kind: 'unreadableChanges', count: 1 }] });
    const setAside = decideAtStartup(wiped, journal({ setAside: '/data/journal/old.log' }), [backup('b', '2026-05-07T09:00:00Z', null)]);
    expect(setAside).toMatchObject({ kind: 'recover', base: { kind: 'backup', name: 'b' }, warnings: [{ kind: 'journalSetAside', location: '/data/journal/old.log' }, { kind: 'notCovered' }] });
  });

  it('no journal and no backup holding the lost data: says it cannot rebuild, never starts afresh in silence', () => {
    expect(decideAtStartup(wiped, journal({ base: 50, last: 50 }), [backup('b', '2026-05-07T09:00:00Z', 20, false, 'x')])).toMatchObject({ kind: 'fresh' });
    expect(decideAtStartup(wiped, journal({ base: 50, last: 52, seqs: [51, 52] }), [])).toMatchObject({ kind: 'unrecoverable' });
    expect(decideAtStartup(wiped, journal({ setAside: '/data/journal/old.log' }), [])).toMatchObject({ kind: 'unrecoverable', warnings: [{ kind: 'journalSetAside' }] });
  });

  it('without a journal: a database that lost its data is rebuilt from the newest backup holding data, with a warning', () => {
    const backups = [backup('empty', '2026-05-07T10:00:00Z', null, false), backup('full', '2026-05-07T09:00:00Z', 7)];
    expect(decideAtStartup(wiped, null, backups)).toMatchObject({ kind: 'recover', why: 'emptied', base: { kind: 'backup', name: 'full' }, warnings: [{ kind: 'journalUnavailable' }] });
    expect(decideAtStartup(wiped, null, [])).toEqual({ kind: 'fresh' });
    expect(decideAtStartup({ hasData: true, marker: null }, null, backups)).toEqual({ kind: 'ok' });
  });
});
