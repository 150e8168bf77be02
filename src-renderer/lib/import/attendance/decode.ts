// The bytes of a report as text. Teams writes UTF-16 little-endian with a BOM, Zoom and Webex UTF-8 (sometimes
// with a BOM), a sheet re-saved by Italian Excel Windows-1252: the BOM decides first, then the pattern of zero
// bytes that UTF-16 without a BOM leaves, then strict UTF-8, then chardet's guess. A file of another kind (a PDF,
// an image, a Word document) or text that does not decode cleanly is refused, with the reason.
import { analyse } from 'chardet';
import { AttendanceImportError } from './errors';

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export type FileKind = 'xlsx' | 'xls' | 'zip' | 'text';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Signatures of the files people pick by mistake instead of the report. */
const FOREIGN: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['EXE', [0x4d, 0x5a]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

/** What the file is by its first bytes: .xlsx is a zip holding `xl/`, old .xls an OLE container. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Zip entry names are stored uncompressed: an Excel workbook names its parts under xl/.
    return latin1(bytes).includes('xl/') ? 'xlsx' : 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  return 'text';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** The name of a known foreign file type, or null. */
export function foreignKind(bytes: Uint8Array): string | null {
  return FOREIGN.find(([, magic]) => startsWith(bytes, magic))?.[0] ?? null;
}

/** UTF-16 without a BOM: ASCII text leaves a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs > 0.4 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.4 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

function chardetGuess(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  for (const match of analyse(bytes.subarray(0, 64 * 1024))) {
    const name = match.name.toLowerCase();
    if (name === 'iso-8859-15') return 'iso-8859-15';
    if (name === 'windows-1252' || name === 'iso-8859-1') return 'windows-1252';
  }
  return 'windows-1252';
}

/**
 * Share of characters no report of an Italian office contains: control characters (other than tab and line
 * breaks), U+FFFD, and the CJK and other far-away characters that bytes decoded in the wrong order turn into.
 */
function badShare(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || (c >= 0x7f && c < 0xa0) || (c >= 0x3000 && c < 0xfb00)) bad++;
  }
  return bad / text.length;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  const body = bytes.subarray(skip);
  // A UTF-16 text always has an even number of bytes: an odd one was cut off in the middle of a character.
  if (body.length % 2 === 1) throw new AttendanceImportError('truncated');
  return new TextDecoder(encoding).decode(body);
}

export function decodeReport(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  const foreign = foreignKind(bytes);
  if (foreign) throw new AttendanceImportError('binary', { kind: foreign });
  let text: string;
  let encoding: ReportEncoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = decodeUtf16(bytes, 'utf-16le', 2);
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeUtf16(bytes, 'utf-16be', 2);
    encoding = 'utf-16be';
  } else {
    const wide = utf16WithoutBom(bytes);
    if (wide) {
      text = decodeUtf16(bytes, wide, 0);
      encoding = wide;
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        encoding = chardetGuess(bytes);
        text = new TextDecoder(encoding).decode(bytes);
      }
    }
  }
  if (text.trim() === '') throw new AttendanceImportError('empty');
  // A few odd characters are a damaged row; many are a file read in the wrong encoding (or not text at all).
  if (badShare(text) > 0.02) throw new AttendanceImportError('encoding');
  return { text, encoding };
}
