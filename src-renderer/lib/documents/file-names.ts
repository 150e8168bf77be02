// Suggested names for exported files: "2026-05-07 Programma - Patti di Cittadinanza.docx". Pure.
import type { IsoDate } from '../domain/types';

/** Characters Windows refuses in a file name, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The title cut at a word boundary to at most `max` characters, without a dangling punctuation mark. */
export function shortTitle(title: string, max = 50): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean.replace(/[\s.,;:–-]+$/, '');
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : clean.slice(0, max);
  return words.replace(/[\s.,;:–-]+$/, '');
}

/** A name every operating system accepts: forbidden characters replaced, no trailing dots or spaces. */
export function safeFileName(name: string): string {
  let safe = name.replace(FORBIDDEN, (c) => (c === ':' || c === '/' || c === '\\' || c === '|' ? '-' : c === '"' ? "'" : ''));
  safe = safe.replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  const stem = safe.split('.')[0] ?? '';
  if (!stem || RESERVED.test(stem)) safe = `_${safe}`;
  return safe;
}

/**
 * "2026-05-07 Programma - <short title>.docx": the date first so files sort by session in a folder.
 * `date` may be empty when the session has no date yet. A document of the demo data starts with "DEMO", so a
 * file saved while trying Ospita is never taken for a real one.
 */
export function suggestedFileName(parts: { date: IsoDate | ''; kind: string; title: string; extension: string; demo?: boolean }): string {
  const title = parts.title.trim() ? shortTitle(safeFileName(parts.title)) : '';
  const stem = [parts.demo ? 'DEMO' : '', parts.date, parts.kind].filter(Boolean).join(' ') + (title ? ` - ${title}` : '');
  return `${safeFileName(stem)}.${parts.extension.replace(/^\./, '')}`;
}
