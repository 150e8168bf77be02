// A chosen file to a parsed form: picks the reader by extension (.docx through mammoth, .txt/.md as text in
// UTF-8, UTF-16 or Windows-1252) and refuses empty, unreadable and unsupported files with a clear message.
import { docxToText } from './docx';
import { FormImportError } from './errors';
import { parseFormText, type FormParseResult, type ParseOptions } from './parse';

export const FORM_EXTENSIONS = ['.docx', '.txt', '.md'] as const;
export const FORM_ACCEPT = '.docx,.txt,.md,.markdown,.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';
const MAX_BYTES = 20 * 1024 * 1024;

export interface ReadForm extends FormParseResult {
  fileName: string;
  /** The text the parser read, shown beside the fields on the review screen. */
  text: string;
}

export async function readFormFile(fileName: string, bytes: Uint8Array, options: ParseOptions): Promise<ReadForm> {
  const text = await formFileText(fileName, bytes);
  return { ...parseFormText(text, options), fileName, text };
}

/** The text of a form file, or a FormImportError saying why there is none. */
export async function formFileText(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (bytes.byteLength > MAX_BYTES) throw new FormImportError('too-large');
  if (ext === '.doc') throw new FormImportError('unsupported', 'oldWord');
  if (ext === '.odt' || ext === '.rtf' || ext === '.pdf') {
    throw new FormImportError('unsupported', 'saveAsDocx', { ext });
  }
  if (bytes.byteLength === 0) throw new FormImportError('empty');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.docx') {
    if (!isZip) throw new FormImportError('unreadable', 'notDocx');
    return docxToText(bytes);
  }
  if (['.txt', '.md', '.markdown', '.text', ''].includes(ext)) {
    if (isZip) return docxToText(bytes);
    return decodeText(bytes);
  }
  throw new FormImportError('unsupported', 'unsupported', { ext });
}

/** Text in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; binary content is refused. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  const control = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (control > 0 && control / Math.max(text.length, 1) > 0.005) throw new FormImportError('unreadable');
  if (!text.trim()) throw new FormImportError('empty');
  return text;
}
