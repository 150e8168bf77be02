// A .docx form to text, read by mammoth (HTML output keeps paragraphs, table cells, numbered lists and bold).
// The HTML is mammoth's own, simple and regular; it becomes the same kind of text a user would type in a .txt.
import { arrayBufferOf } from '../bytes';
import { FormImportError } from './errors';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = arrayBufferOf(bytes);
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { externalFileAccess: false })).value;
  } catch {
    throw new FormImportError('unreadable', 'docxBroken');
  }
  return htmlToText(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** mammoth's HTML to lines: paragraphs and table cells on lines of their own, list items numbered, bold as **. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const lists: { ordered: boolean; n: number }[] = [];
  const breakLine = (blank: boolean) => {
    if (line.trim()) out.push(line.trim());
    line = '';
    if (blank && out.length && out[out.length - 1] !== '') out.push('');
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      line += decode(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') line += '\n';
    else if (tag === 'strong' || tag === 'b') line += '**';
    else if (tag === 'em' || tag === 'i') line += '*';
    else if (tag === 'ol' || tag === 'ul') {
      breakLine(lists.length === 0);
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
      if (closing && lists.length === 0) breakLine(true);
    } else if (tag === 'li') {
      if (!closing) {
        breakLine(false);
        const list = lists[lists.length - 1];
        if (list) {
          list.n++;
          line = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.n}.` : '-'} `;
        }
      } else breakLine(false);
    } else if (/^(p|h[1-6]|td|th|tr|table|div)$/.test(tag)) {
      breakLine(lists.length === 0);
    }
  }
  breakLine(false);
  return out
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\*\*\s*\*\*/g, '').replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}
