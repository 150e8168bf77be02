// Suggested names for exported files: "2026-05-07 Programma - Patti di Cittadinanza.docx". Pure.
import { isDemoId } from '../demo/demo-ids';
import type { IsoDate } from '../domain/types';

/** Characters Windows refuses in a file name, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Short words a shortened title must not end on («Patti di», «Enti del»): they announce a word that was cut. */
const DANGLING = /\s+(?:di|del|dello|della|dei|degli|delle|dell['’]\S*|e|ed|o|a|al|alla|ai|agli|alle|da|dal|dalla|in|nel|nella|nei|con|su|sul|per|tra|fra|il|lo|la|i|gli|le|un|uno|una|of|the|and|or|for|to|in|on|with|a|an)$/i;
const TRAILING = /[\s.,;:–—-]+$/;

/**
 * The title shortened to at most `max` characters, never in the middle of a word: at the end of a clause (before
 * «:», «–», «,») when that keeps most of it, otherwise after a whole word, dropping a dangling «di»/«e»/«del».
 * A single word longer than `max` is the only thing ever cut, and then it ends with «…».
 */
export function shortTitle(title: string, max = 60): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean.replace(TRAILING, '');
  const head = clean.slice(0, max + 1);
  const clause = Math.max(head.lastIndexOf(': '), head.lastIndexOf(' – '), head.lastIndexOf(' - '), head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (clause >= max * 0.6) return head.slice(0, clause).replace(TRAILING, '');
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace <= 0) return `${clean.slice(0, max - 1)}…`;
  let words = head.slice(0, lastSpace).replace(TRAILING, '');
  while (DANGLING.test(words)) words = words.replace(DANGLING, '').replace(TRAILING, '');
  return words || `${clean.slice(0, max - 1)}…`;
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

/** A session's file name without its extension: "2026-05-07 Foglio firme - <short title>" ("DEMO …" for the demo data's). */
export function sessionFileStem(date: IsoDate | '', kind: string, title: string, sessionId: string): string {
  return suggestedFileName({ date, kind, title, extension: 'x', demo: isDemoId(sessionId) }).replace(/\.x$/, '');
}

/** The name ending in `.extension` (added when the name lacks it, whatever its letter case). */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? name : `${name}.${extension}`;
}
