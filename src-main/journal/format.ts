// The journal file: one line per change, each line `<crc32 hex>\t<json>\n`, the checksum taken over the JSON's
// UTF-8 bytes. The first line is the header (which journal this is, and up to which change it was trimmed).
// A kill while a line is being written leaves its last line short or unterminated: the checksum tells, the
// line is dropped and cut off before the next append. A line that fails its checksum in the middle of the
// file (a damaged disk, not a torn write) is reported and skipped; the lines after it still count.
// Pure: the main process (Node) and the browser's storage worker (OPFS) write the same format.
import CRC32 from 'crc-32';

export const JOURNAL_FORMAT = 'ospita-journal';
export const JOURNAL_VERSION = 1;

export interface JournalHeader {
  format: typeof JOURNAL_FORMAT;
  version: number;
  /** Identity of this journal: a backup's position means something only for the journal it names. */
  id: string;
  /** Every change up to this sequence number was trimmed (a backup holds it); the next is base + 1 or later. */
  base: number;
  createdAt: string;
}

/** One change as stored: its sequence number, when it was written, and the change itself as JSON text. */
export interface JournalLine {
  seq: number;
  at: string;
  change: string;
}

export interface ParsedJournal {
  header: JournalHeader | null;
  entries: JournalLine[];
  /** 1-based numbers of lines in the middle of the file that failed their checksum or could not be read. */
  damagedLines: number[];
  /** Bytes of the file that hold the header and every complete line; anything after is a torn last line. */
  validLength: number;
  /** True when the last line was torn (unterminated or failing its checksum) and is left out. */
  tornTail: boolean;
  /** The highest sequence number the journal has known: the last entry's, or the header's base. */
  last: number;
  /** The raw bytes of each line (header, entries, damaged lines), for rewriting the file when trimming. */
  lines: { kind: 'header' | 'entry' | 'damaged'; seq: number | null; bytes: Uint8Array }[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const TAB = 0x09;
const NEWLINE = 0x0a;

export function crcHex(bytes: Uint8Array): string {
  return (CRC32.buf(bytes) >>> 0).toString(16).padStart(8, '0');
}

function encodeLine(json: string): Uint8Array {
  const body = encoder.encode(json);
  const head = encoder.encode(`${crcHex(body)}\t`);
  const line = new Uint8Array(head.length + body.length + 1);
  line.set(head, 0);
  line.set(body, head.length);
  line[line.length - 1] = NEWLINE;
  return line;
}

export function encodeHeader(header: JournalHeader): Uint8Array {
  return encodeLine(JSON.stringify(header));
}

/** A change line. `change` must be JSON text (the writer checked it): it is embedded as it is. */
export function encodeEntry(seq: number, at: string, change: string): Uint8Array {
  return encodeLine(`{"seq":${seq},"at":${JSON.stringify(at)},"change":${change}}`);
}

export function newHeader(id: string, base: number, now: Date = new Date()): JournalHeader {
  return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, id, base, createdAt: now.toISOString() };
}

/** The JSON of a line if its checksum matches, else null. */
function checkedJson(line: Uint8Array): unknown {
  const tab = line.indexOf(TAB);
  if (tab !== 8) return null;
  const body = line.subarray(tab + 1);
  let crc: string;
  try {
    crc = decoder.decode(line.subarray(0, tab));
  } catch {
    return null;
  }
  if (crc !== crcHex(body)) return null;
  try {
    return JSON.parse(decoder.decode(body)) as unknown;
  } catch {
    return null;
  }
}

function asHeader(value: unknown): JournalHeader | null {
  if (!value || typeof value !== 'object') return null;
  const h = value as Record<string, unknown>;
  if (h.format !== JOURNAL_FORMAT || typeof h.version !== 'number' || typeof h.id !== 'string' || !h.id) return null;
  if (typeof h.base !== 'number' || !Number.isSafeInteger(h.base) || h.base < 0 || typeof h.createdAt !== 'string') return null;
  return { format: JOURNAL_FORMAT, version: h.version, id: h.id, base: h.base, createdAt: h.createdAt };
}

function asEntry(value: unknown): JournalLine | null {
  if (!value || typeof value !== 'object') return null;
  const e = value as Record<string, unknown>;
  if (typeof e.seq !== 'number' || !Number.isSafeInteger(e.seq) || e.seq < 1 || typeof e.at !== 'string' || !e.change || typeof e.change !== 'object') return null;
  return { seq: e.seq, at: e.at, change: JSON.stringify(e.change) };
}

/** Reads a journal file's bytes. Never throws: what cannot be read is reported. */
export function parseJournal(bytes: Uint8Array): ParsedJournal {
  const result: ParsedJournal = { header: null, entries: [], damagedLines: [], validLength: 0, tornTail: false, last: 0, lines: [] };
  let start = 0;
  let lineNo = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    lineNo++;
    if (end === -1) {
      // No newline: the write of this last line never finished.
      result.tornTail = true;
      break;
    }
    const line = bytes.subarray(start, end);
    const next = end + 1;
    const json = checkedJson(line);
    const isLast = next >= bytes.length;
    if (lineNo === 1) {
      const header = asHeader(json);
      if (!header) {
        // An unreadable header: the file is not a journal we can trust the numbering of.
        result.damagedLines.push(1);
        return result;
      }
      result.header = header;
      result.last = header.base;
      result.lines.push({ kind: 'header', seq: null, bytes: bytes.slice(start, next) });
    } else {
      const entry = asEntry(json);
      if (!entry) {
        if (isLast) {
          result.tornTail = true;
          break;
        }
        result.damagedLines.push(lineNo);
        result.lines.push({ kind: 'damaged', seq: null, bytes: bytes.slice(start, next) });
      } else {
        result.entries.push(entry);
        result.last = Math.max(result.last, entry.seq);
        result.lines.push({ kind: 'entry', seq: entry.seq, bytes: bytes.slice(start, next) });
      }
    }
    result.validLength = next;
    start = next;
  }
  return result;
}

/**
 * The file after trimming every change up to `upTo` (a backup holds them): a new header with that base, then
 * the lines after it as they were. Damaged lines after the last trimmed change are kept, so the loss they
 * stand for is still reported.
 */
export function trimmedJournal(parsed: ParsedJournal, upTo: number, now: Date = new Date()): Uint8Array {
  if (!parsed.header) throw new Error('journal without a header');
  const base = Math.max(parsed.header.base, upTo);
  const header = encodeHeader({ ...parsed.header, base, createdAt: now.toISOString() });
  let lastTrimmed = 0;
  parsed.lines.forEach((l, i) => {
    if (l.kind === 'entry' && l.seq! <= base) lastTrimmed = i;
  });
  const kept = parsed.lines.filter((l, i) => (l.kind === 'entry' ? l.seq! > base : l.kind === 'damaged' && i > lastTrimmed));
  const size = header.length + kept.reduce((n, l) => n + l.bytes.length, 0);
  const out = new Uint8Array(size);
  out.set(header, 0);
  let offset = header.length;
  for (const l of kept) {
    out.set(l.bytes, offset);
    offset += l.bytes.length;
  }
  return out;
}

/** Checks a change sent for appending: JSON text of an object with a non-empty list of operations. */
export function isChangeText(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { ops?: unknown }).ops) && (value as { ops: unknown[] }).ops.length > 0;
  } catch {
    return false;
  }
}
