// Numbered or bulleted topics in "Modalità del trasferimento" become the draft of the programme.
import type { AgendaDraftItem } from '../../domain/types';
import { cleanLine, type FormLine } from './text';

const ITEM = /^\s*(?:\d{1,2}\s*[.)]|[a-z]\s*\)|[-*•·–—]|\(\d{1,2}\))\s+(.*)$/;

export function readAgenda(lines: FormLine[]): AgendaDraftItem[] {
  const items: AgendaDraftItem[] = [];
  let open: { raw: string } | null = null;
  const flush = () => {
    if (open) items.push(splitTopic(open.raw));
    open = null;
  };
  for (const line of lines) {
    const m = ITEM.exec(line.raw);
    if (m && m[1]!.trim()) {
      flush();
      open = { raw: m[1]!.trim() };
    } else if (open && line.text) {
      // A topic wrapped onto the next line.
      open.raw += ' ' + line.raw.trim();
    } else flush();
  }
  flush();
  return items;
}

/** "**Title:** detail" → title and detail; without bold, the first colon or dash splits them. */
export function splitTopic(raw: string): AgendaDraftItem {
  const bold = /^(\*\*|__)(.+?)\1(.*)$/.exec(raw);
  if (bold && bold[3]!.trim()) {
    return { title: trimPunctuation(cleanLine(bold[2]!)), detail: trimLeading(cleanLine(bold[3]!)) };
  }
  const text = cleanLine(raw);
  const colon = text.indexOf(': ');
  if (colon > 0 && colon <= 100) return { title: trimPunctuation(text.slice(0, colon)), detail: trimLeading(text.slice(colon + 1)) };
  const dash = /\s[–—-]\s/.exec(text);
  if (dash && dash.index <= 100) return { title: trimPunctuation(text.slice(0, dash.index)), detail: trimLeading(text.slice(dash.index + dash[0].length)) };
  return { title: trimPunctuation(text), detail: '' };
}

function trimPunctuation(s: string): string {
  return s.replace(/[\s:;,–—-]+$/, '').trim();
}

function trimLeading(s: string): string {
  return s.replace(/^[\s:;,–—-]+/, '').trim();
}
