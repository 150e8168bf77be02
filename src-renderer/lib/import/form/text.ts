// Turning the text of a form (plain text, Markdown, or the text mammoth gives for a .docx) into lines that the
// parser can read: table cells become lines of their own, emphasis markers go, bullets become "- ".
import { foldAccentsKeepingLength } from '../../domain/fold';

/** One line of the form as the parser sees it. `raw` keeps the markers (for bold titles), `text` is clean. */
export interface FormLine {
  /** 1-based line number in the source text. */
  n: number;
  raw: string;
  text: string;
}

/** Normalises line ends, spaces and invisible characters. */
export function normaliseText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .normalize('NFC');
}

const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** Splits the text into lines; a Markdown table row or a tab-separated line gives one line per cell. */
export function toLines(input: string): FormLine[] {
  const lines: FormLine[] = [];
  normaliseText(input)
    .split('\n')
    .forEach((line, i) => {
      const n = i + 1;
      const trimmed = line.trim();
      if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) {
        if (TABLE_SEPARATOR.test(trimmed)) return;
        for (const cell of trimmed.slice(1, -1).split('|')) pushCell(lines, n, cell.replace(/<br\s*\/?>/gi, '\n'));
        return;
      }
      if (trimmed.includes('\t')) {
        for (const cell of trimmed.split(/\t+/)) pushCell(lines, n, cell);
        return;
      }
      lines.push({ n, raw: line, text: cleanLine(line) });
    });
  return lines;
}

function pushCell(lines: FormLine[], n: number, cell: string): void {
  for (const part of cell.split('\n')) {
    if (part.trim()) lines.push({ n, raw: part.trim(), text: cleanLine(part) });
  }
  lines.push({ n, raw: '', text: '' });
}

/** Removes Markdown decoration: headings, quotes, bold and italic markers; bullets become "- ". */
export function cleanLine(line: string): string {
  let s = line.trim();
  if (/^(-{3,}|\*{3,}|_{3,}|={3,})$/.test(s)) return '';
  s = s.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '');
  s = s.replace(/^[*•·–—-]\s+/, '- ');
  s = s.replace(/\*{1,3}/g, '');
  s = s.replace(/(^|[\s(«"'/])_{1,3}(?=\S)/g, '$1').replace(/(?<=\S)_{1,3}(?=[\s)»"'.,;:!?/]|$)/g, '');
  s = s.replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1');
  return s.replace(/[ \t]+/g, ' ').trim();
}

/** Lower case without accents, for matching labels and words. Keeps the length of NFC text. */
export const fold = foldAccentsKeepingLength;

const NUMBER_WORDS: Record<string, number> = {
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
  diciannove: 19, venti: 20, venticinque: 25, trenta: 30, quaranta: 40, cinquanta: 50,
};

/** A regular-expression source matching a number written in digits or (small) in Italian words. */
export const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/** The value of a number matched by NUMBER (on folded text). */
export function numberValue(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (NUMBER_WORDS[token] ?? NaN);
}
