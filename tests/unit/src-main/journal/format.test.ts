import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crcHex, encodeEntry, encodeHeader, newHeader, parseJournal, trimmedJournal } from '../../../../src-main/journal/format';

const enc = new TextEncoder();
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const header = (base = 0) => encodeHeader(newHeader('journal-1', base, new Date('2026-05-07T07:00:00Z')));
const entry = (seq: number, ops: unknown[] = [{ op: 'events', n: seq }]) => encodeEntry(seq, '2026-05-07T08:00:00.000Z', JSON.stringify({ v: 1, ops }));

describe('journal format', () => {
  it('checksums each line with the standard CRC-32 (the same as zlib’s), over its UTF-8 bytes', () => {
    const text = enc.encode('{"surname":"Nicolò D’Amico"}');
    expect(crcHex(text)).toBe(crc32(text).toString(16).padStart(8, '0'));
    const line = entry(1, [{ name: 'Zoë' }]);
    expect(new TextDecoder().decode(line)).toMatch(/^[0-9a-f]{8}\t\{"seq":1,"at":"2026-05-07T08:00:00.000Z","change":\{"v":1,"ops":\[\{"name":"Zoë"\}\]\}\}\n$/);
  });

  it('reads back the header and every change, in order, with the change as JSON text', () => {
    const parsed = parseJournal(concat(header(), entry(1), entry(2), entry(5)));
    expect(parsed.header).toMatchObject({ format: 'ospita-journal', id: 'journal-1', base: 0 });
    expect(parsed.entries.map((e) => e.seq)).toEqual([1, 2, 5]);
    expect(JSON.parse(parsed.entries[2]!.change)).toEqual({ v: 1, ops: [{ op: 'events', n: 5 }] });
    expect(parsed).toMatchObject({ last: 5, tornTail: false, damagedLines: [] });
  });

  it('drops a torn last line, cut anywhere, and says how much of the file is sound', () => {
    const sound = concat(header(), entry(1), entry(2));
    const third = entry(3);
    for (const cut of [1, 8, 9, 20, third.length - 2, third.length - 1]) {
      const parsed = parseJournal(concat(sound, third.subarray(0, cut)));
      expect(parsed.entries.map((e) => e.seq), `cut at ${cut}`).toEqual([1, 2]);
      expect(parsed).toMatchObject({ tornTail: true, validLength: sound.length, damagedLines: [], last: 2 });
    }
  });

  it('drops a last line whose bytes were never written (zeros after a power cut)', () => {
    const sound = concat(header(), entry(1));
    const zeros = new Uint8Array(entry(2).length);
    expect(parseJournal(concat(sound, zeros))).toMatchObject({ tornTail: true, validLength: sound.length, entries: [expect.objectContaining({ seq: 1 })] });
  });

  it('reports a damaged line in the middle and still reads the lines after it', () => {
    const damaged = entry(2);
    damaged[30] = damaged[30] === 0x41 ? 0x42 : 0x41; // one changed byte
    const parsed = parseJournal(concat(header(), entry(1), damaged, entry(3)));
    expect(parsed.entries.map((e) => e.seq)).toEqual([1, 3]);
    expect(parsed.damagedLines).toEqual([3]);
    expect(parsed.tornTail).toBe(false);
  });

  it('refuses a file whose header cannot be read (not a journal, or a damaged first line)', () => {
    expect(parseJournal(enc.encode('hello\nworld\n'))).toMatchObject({ header: null, damagedLines: [1], entries: [] });
    const h = header();
    h[12] = h[12]! ^ 1;
    expect(parseJournal(concat(h, entry(1)))).toMatchObject({ header: null });
  });

  it('trims the changes a backup holds, keeping the later ones byte for byte and the base in the header', () => {
    const file = concat(header(), entry(1), entry(2), entry(3), entry(4));
    const trimmed = parseJournal(trimmedJournal(parseJournal(file), 2));
    expect(trimmed.header).toMatchObject({ id: 'journal-1', base: 2 });
    expect(trimmed.entries.map((e) => e.seq)).toEqual([3, 4]);
    expect(trimmed.last).toBe(4);
    // Trimming everything keeps the highest number known, so the numbering never goes back.
    const empty = parseJournal(trimmedJournal(trimmed, 9));
    expect(empty).toMatchObject({ entries: [], last: 9, header: expect.objectContaining({ base: 9 }) });
    // Trimming below the base changes nothing.
    expect(parseJournal(trimmedJournal(trimmed, 1)).header?.base).toBe(2);
  });

  it('keeps a damaged line that may stand for a change the backup does not hold', () => {
    const damaged = entry(4);
    damaged[25] = damaged[25]! ^ 1;
    const parsed = parseJournal(concat(header(), entry(1), entry(2), entry(3), damaged, entry(5)));
    const trimmed = parseJournal(trimmedJournal(parsed, 2));
    expect(trimmed.entries.map((e) => e.seq)).toEqual([3, 5]);
    expect(trimmed.damagedLines).toEqual([3]);
    const past = parseJournal(trimmedJournal(parsed, 5));
    expect(past.damagedLines).toEqual([]);
  });
});
