// Bytes of a text file to text, with the encoding detected: a BOM first, then strict UTF-8, then chardet's
// guess among the encodings spreadsheets are saved in (Italian Excel on Windows writes Windows-1252).
import { analyse } from 'chardet';
import { ImportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export type FileKind = 'xlsx' | 'xls' | 'text';

/** What a file is from its first bytes, whatever its name says: .xlsx is a zip, old .xls an OLE container. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  return 'text';
}

/** Control characters other than tab, line breaks and form feed: text files have next to none. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control / text.length > 0.02;
}

function chardetGuess(bytes: Uint8Array): TextEncodingName {
  for (const match of analyse(bytes.subarray(0, 64 * 1024))) {
    const name = match.name.toLowerCase();
    if (name === 'utf-16le') return 'utf-16le';
    if (name === 'utf-16be') return 'utf-16be';
    if (name === 'iso-8859-15') return 'iso-8859-15';
    if (name === 'windows-1252' || name === 'iso-8859-1') return 'windows-1252';
  }
  // Anything else chardet suggests for a Western European list is almost always Windows-1252 mislabelled.
  return 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  let result: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) result = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  else if (startsWith(bytes, [0xff, 0xfe])) result = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) result = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      const encoding = chardetGuess(bytes);
      result = { text: new TextDecoder(encoding.startsWith('utf-16') ? encoding : encoding === 'iso-8859-15' ? 'iso-8859-15' : 'windows-1252').decode(bytes), encoding };
    }
  }
  if (looksBinary(result.text)) throw new ImportError('binary');
  if (result.text.trim() === '') throw new ImportError('empty');
  return result;
}
