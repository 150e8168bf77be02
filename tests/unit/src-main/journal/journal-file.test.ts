import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, JournalFile } from '../../../../src-main/journal/journal-file';

let dir: string;
const change = (n: number) => JSON.stringify({ v: 1, ops: [{ op: 'events', events: [{ id: `e${n}` }] }] });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-journal-'));
});

describe('the journal file', () => {
  it('is created on the first start, and a change appended is there when the file is read again', async () => {
    const journal = new JournalFile(dir);
    const first = await journal.open();
    expect(first).toMatchObject({ base: 0, last: 0, entries: [], location: join(dir, JOURNAL_FILE), setAside: null });
    await journal.append(1, change(1));
    await journal.append(2, change(2));
    await journal.close();
    const again = await new JournalFile(dir).open();
    expect(again.id).toBe(first.id);
    expect(again.entries.map((e) => [e.seq, JSON.parse(e.change).ops[0].events[0].id])).toEqual([
      [1, 'e1'],
      [2, 'e2'],
    ]);
  });

  it('cuts off a line torn by a kill, so the next change starts on its own line', async () => {
    const journal = new JournalFile(dir);
    await journal.open();
    await journal.append(1, change(1));
    await journal.close();
    await appendFile(join(dir, JOURNAL_FILE), '1234abcd\t{"seq":2,"at":"2026');
    const reopened = new JournalFile(dir);
    const state = await reopened.open();
    expect(state).toMatchObject({ tornTail: true, last: 1 });
    await reopened.append(2, change(2));
    const after = await new JournalFile(dir).open();
    expect(after).toMatchObject({ tornTail: false, damagedLines: [] });
    expect(after.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('refuses a sequence number that is not after the last, even across a restart', async () => {
    const journal = new JournalFile(dir);
    await journal.open();
    await journal.append(5, change(5));
    await expect(journal.append(5, change(5))).rejects.toThrow(/sequenza/);
    const reopened = new JournalFile(dir);
    await reopened.open();
    await expect(reopened.append(3, change(3))).rejects.toThrow(/sequenza/);
    await reopened.append(6, change(6));
  });

  it('writes concurrent appends one after the other, in the order asked', async () => {
    const journal = new JournalFile(dir);
    await journal.open();
    await Promise.all(Array.from({ length: 50 }, (_, i) => journal.append(i + 1, change(i + 1))));
    const state = await new JournalFile(dir).open();
    expect(state.entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('is trimmed up to a backup’s position and keeps appending after it', async () => {
    const journal = new JournalFile(dir);
    const { id } = await journal.open();
    for (let seq = 1; seq <= 5; seq++) await journal.append(seq, change(seq));
    const before = (await stat(join(dir, JOURNAL_FILE))).size;
    await journal.trim(id, 4);
    expect((await stat(join(dir, JOURNAL_FILE))).size).toBeLessThan(before);
    await journal.append(6, change(6));
    const state = await new JournalFile(dir).open();
    expect(state).toMatchObject({ id, base: 4, last: 6 });
    expect(state.entries.map((e) => e.seq)).toEqual([5, 6]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('sets aside a file it cannot read, keeping it for support, and starts a new journal', async () => {
    await writeFile(join(dir, JOURNAL_FILE), 'garbage that is not a journal\n');
    const state = await new JournalFile(dir).open();
    expect(state.setAside).toMatch(/ospita-journal-illeggibile-.*\.log$/);
    expect(await readFile(state.setAside!, 'utf8')).toBe('garbage that is not a journal\n');
    expect(state).toMatchObject({ base: 0, last: 0, entries: [] });
  });
});
