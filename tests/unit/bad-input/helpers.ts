// Bad files of every kind, made on the fly (so the repository holds no 50 MB fixtures).
import { catalogues, type MessageKey } from '../../../src-renderer/lib/i18n/catalogue';

/** Deterministic pseudo-random bytes: the same "garbage" on every run. */
export function garbage(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const MB = 1024 * 1024;

/** Headers of files people pick by mistake: a PNG, a PDF, a .docx/.xlsx (zip), an old .xls, an .exe. */
export const WRONG_FILES = {
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...garbage(200)]),
  pdf: new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  zip: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...garbage(300, 7)]),
  xls: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(300, 9)]),
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...garbage(300, 11)]),
} satisfies Record<string, Uint8Array>;

/** Text as UTF-16 little endian with its BOM, as Windows' Notepad saves "Unicode". */
export function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}

/** Text as Windows-1252 (what Italian Excel writes): accented letters become single bytes, invalid in UTF-8. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
}

/** The Italian text of a message key with its parameters filled in. */
export function italian(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogues.it[key];
  if (!text) throw new Error(`no Italian text for ${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A clear message: Italian, a full sentence, no placeholder left, and it says what to do. */
export function expectClear(text: string): void {
  if (/\{\w+\}/.test(text)) throw new Error(`placeholder left in: ${text}`);
  if (text.length < 30) throw new Error(`too short to be clear: ${text}`);
  if (!/(Scegli|Usa|Aggiorna|Controlla|Riprova|riprova|Salva|Esporta|Apri|Scarica|scegli|usa|controlla|salva|apri|scarica|esporta)/.test(text)) throw new Error(`does not say what to do: ${text}`);
}
