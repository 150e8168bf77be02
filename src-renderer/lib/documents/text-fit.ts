// How much room a text takes when printed, estimated without a layout engine, so builders can shrink or shorten
// texts that must fit a fixed box (a badge's name, a certificate's name) before any renderer sees them.
// Widths are Helvetica's (metric-compatible with Arial, which the .docx uses, and with Liberation Sans, which
// LibreOffice substitutes); Titillium Web, the printout's font, is narrower, so the estimate errs on the wide
// side everywhere. Pure.

// Advance widths in thousandths of an em of the characters 32..126 (space to tilde), from the fonts' AFM files.
const REGULAR = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584];
const BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584];
/** Typographic characters common in names and titles, by the ASCII character of the same width. */
const LIKE: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '«': 'o', '»': 'o', '–': 'n', '—': 'M', '…': 'W', 'ß': 'b', 'æ': 'W', 'Æ': 'W', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D' };
/** Anything else (another script, a symbol): as wide as a capital W, to err on the safe side. */
const UNKNOWN = 944;
/** Word, LibreOffice and Chromium each round differently: keep a margin. */
const SAFETY = 1.06;
const MM_PER_PT = 25.4 / 72;

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let c = ch;
  if (LIKE[c]) c = LIKE[c]!;
  let code = c.charCodeAt(0);
  if (code > 126) {
    // "Ñ" is as wide as "N": the base letter of an accented one.
    const base = c.normalize('NFD').charAt(0);
    code = base.charCodeAt(0);
  }
  return code >= 32 && code <= 126 ? table[code - 32]! : UNKNOWN;
}

/** Width of a text on one line, in millimetres. */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units / 1000) * sizePt * MM_PER_PT * SAFETY;
}

/** The lines a text breaks into in a box `widthMm` wide: at spaces and after hyphens, a word too long for a line is cut. */
export function wrapLines(text: string, widthMm: number, sizePt: number, bold = false): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(/(?<=[ -])/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line + word;
    if (textWidthMm(candidate.trimEnd(), sizePt, bold) <= widthMm) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    // A word wider than the line is broken where it reaches the edge, as every renderer does.
    let rest = word;
    while (textWidthMm(rest.trimEnd(), sizePt, bold) > widthMm && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidthMm(rest.slice(0, cut), sizePt, bold) > widthMm) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface FittedText {
  text: string;
  size: number;
  lines: number;
  /** True when the text was cut and ends with an ellipsis. */
  shortened: boolean;
}

/**
 * The text at the largest of `sizes` (points, largest first) at which it fits in `maxLines` lines; at the
 * smallest size, cut at a word (or a character) and ended with "…" so it does.
 */
export function fitText(text: string, widthMm: number, sizes: number[], maxLines: number, bold = false): FittedText {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (const size of sizes) {
    const lines = wrapLines(clean, widthMm, size, bold);
    if (lines.length <= maxLines) return { text: clean, size, lines: Math.max(1, lines.length), shortened: false };
  }
  const size = sizes[sizes.length - 1]!;
  const fits = (candidate: string) => wrapLines(candidate, widthMm, size, bold).length <= maxLines;
  // Longest prefix that fits with the ellipsis, by bisection over characters, then back to a word boundary.
  let low = 0;
  let high = clean.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${clean.slice(0, mid).trimEnd()}…`)) low = mid;
    else high = mid - 1;
  }
  let cut = clean.slice(0, low);
  const space = cut.lastIndexOf(' ');
  if (space > low * 0.6) cut = cut.slice(0, space);
  const shortened = `${cut.replace(/[\s,.;:–-]+$/, '')}…`;
  return { text: shortened, size, lines: maxLines, shortened: true };
}

/** A text cut to at most `max` characters at a word, with "…": for one-line captions. */
export function ellipsize(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
