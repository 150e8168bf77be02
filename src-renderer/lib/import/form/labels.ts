// The labels of the exchange form and how to find them: a label line may carry its bracketed instructions, and its
// value follows on the next lines (or, after a colon, on the same line) until the next label or section heading.
import { fold, type FormLine } from './text';

export type FormField =
  | 'hostMunicipality'
  | 'hostOffice'
  | 'title'
  | 'description'
  | 'transferMethod'
  | 'capacity'
  | 'duration'
  | 'dates'
  | 'notes'
  | 'format';

interface LabelRule {
  field: FormField | 'heading';
  /** Matched on the folded line (lower case, no accents), at its start. */
  pattern: RegExp;
  /** The form's own wording, shown on the review screen. */
  label: string;
  /** A short, common word: a label only when nothing but a colon or brackets follows it. */
  strict?: boolean;
}

const RULES: LabelRule[] = [
  { field: 'heading', pattern: /^chi propone lo scambio\s*:?$/, label: 'Chi propone lo scambio' },
  { field: 'heading', pattern: /^le modalita dello scambio\s*:?$/, label: 'Le modalità dello scambio' },
  { field: 'hostMunicipality', pattern: /^(?:nome del )?comune ospitante/, label: 'Comune ospitante' },
  { field: 'hostOffice', pattern: /^(?:area|settore|ufficio|servizio|direzione)(?:\s*[,/]\s*|\s+e\s+|\s+)(?:(?:area|settore|ufficio|servizio)(?:\s*[,/]\s*|\s+e\s+|\s+))*ospitante/, label: 'Area, Settore, Ufficio ospitante' },
  { field: 'title', pattern: /^titolo(?: della)? buona pratica(?: proposta)?/, label: 'Titolo buona pratica' },
  { field: 'description', pattern: /^descrizione(?: della)?(?: buona)? pratica(?:\s*\/\s*(?:della )?soluzione)?/, label: 'Descrizione della pratica/soluzione' },
  { field: 'transferMethod', pattern: /^modalita (?:del|di) trasferimento/, label: 'Modalità del trasferimento' },
  { field: 'capacity', pattern: /^(?:quanti partecipanti(?: possono essere ospitati)?(?: per (?:ogni|ciascuna) sessione)?|numero (?:massimo )?(?:di )?partecipanti)/, label: 'Quanti partecipanti possono essere ospitati per ogni sessione' },
  { field: 'duration', pattern: /^quanto tempo dura(?: ogni sessione)?(?: di attivita)?(?: di scambio)?/, label: 'Quanto tempo dura ogni sessione di attività di scambio' },
  { field: 'dates', pattern: /^(?:in quale periodo e possibile attivare lo scambio|date disponibili|periodo di svolgimento)/, label: 'Date disponibili' },
  { field: 'capacity', pattern: /^partecipanti/, label: 'Partecipanti', strict: true },
  { field: 'title', pattern: /^titolo/, label: 'Titolo', strict: true },
  { field: 'duration', pattern: /^durata/, label: 'Durata', strict: true },
  { field: 'format', pattern: /^(?:formato|modalita di svolgimento)/, label: 'Formato', strict: true },
  { field: 'notes', pattern: /^note/, label: 'Note', strict: true },
];

export interface LabelMatch {
  field: FormField | 'heading';
  label: string;
  /** Value written on the label's own line, after the instructions or a colon ('' when none). */
  inline: string;
  /** The instructions in brackets continue on later lines until a closing bracket. */
  openBracket: boolean;
}

/** Recognises a label line; returns null for a line of content. */
export function matchLabel(line: FormLine): LabelMatch | null {
  const text = line.text;
  if (!text || text.length > 600) return null;
  const folded = fold(text);
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded);
    if (!m) continue;
    const rest = afterLabel(text, folded, m[0].length);
    if (rest === null) continue;
    if (rule.strict && !/^\s*[:(]|^\s*$/.test(folded.slice(m[0].length))) continue;
    return { field: rule.field, label: rule.label, ...rest };
  }
  return null;
}

/** What follows a matched label: instructions in brackets, a question mark, a colon, then the inline value. */
function afterLabel(text: string, folded: string, end: number): { inline: string; openBracket: boolean } | null {
  let i = end;
  // A tail of words before the bracket or colon still belongs to the label ("… per ogni sessione (…)").
  const stop = folded.slice(i).search(/[(:?]/);
  const tail = stop < 0 ? folded.slice(i) : folded.slice(i, i + stop);
  if (tail.trim()) {
    if (/\d/.test(tail) || tail.length > 90 || (stop < 0 && tail.trim().length > 40)) return null;
    if (/^\w/.test(tail)) return null; // the label word continues into another word: not this label
  }
  i = stop < 0 ? folded.length : i + stop;
  let openBracket = false;
  for (;;) {
    while (i < text.length && /[\s?.:\-–]/.test(text[i]!)) i++;
    if (text[i] !== '(') break;
    const close = closingBracket(text, i);
    if (close < 0) {
      openBracket = true;
      i = text.length;
      break;
    }
    i = close + 1;
  }
  const inline = text.slice(i).replace(/^[\s?.:\-–]+/, '').trim();
  return { inline, openBracket };
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** One field's value as found in the form, with the lines it came from. */
export interface FieldBlock {
  field: FormField;
  label: string;
  /** Lines of the value (inline value first), blank lines kept to separate paragraphs. */
  lines: FormLine[];
  /** The label line and the value lines, as the user wrote them, for the review screen. */
  source: { from: number; to: number; text: string };
}

/**
 * Cuts the form into fields. A label with no content before the next label is a heading of the form
 * ("Descrizione della pratica/soluzione" above "Titolo buona pratica") and is dropped; a later label of the same
 * field with content wins over an earlier empty one, and repeated contents are joined.
 */
export function splitFields(lines: FormLine[]): { blocks: FieldBlock[]; preamble: FormLine[]; labelsFound: Set<FormField> } {
  const blocks: FieldBlock[] = [];
  const preamble: FormLine[] = [];
  let current: { field: FormField | 'heading'; label: string; labelLine: FormLine; lines: FormLine[]; inBracket: boolean } | null = null;
  const labelsFound = new Set<FormField>();
  const close = () => {
    if (!current || current.field === 'heading') return;
    const content = trimBlank(current.lines);
    if (content.length === 0) return;
    const last = content[content.length - 1]!;
    blocks.push({
      field: current.field,
      label: current.label,
      lines: content,
      source: { from: current.labelLine.n, to: last.n, text: '' },
    });
  };
  for (const line of lines) {
    if (current?.inBracket) {
      if (line.text.includes(')')) {
        current.inBracket = false;
        const after = line.text.slice(line.text.lastIndexOf(')') + 1).replace(/^[\s?.:\-–]+/, '').trim();
        if (after) current.lines.push({ ...line, text: after, raw: after });
      }
      continue;
    }
    const match = matchLabel(line);
    if (match) {
      close();
      if (match.field !== 'heading') labelsFound.add(match.field);
      current = { field: match.field, label: match.label, labelLine: line, lines: [], inBracket: match.openBracket };
      if (match.inline) current.lines.push({ ...line, text: match.inline, raw: match.inline });
      continue;
    }
    if (current) current.lines.push(line);
    else if (line.text) preamble.push(line);
  }
  close();
  return { blocks, preamble, labelsFound };
}

function trimBlank(lines: FormLine[]): FormLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]!.text) start++;
  while (end > start && !lines[end - 1]!.text) end--;
  return lines.slice(start, end);
}

export const FIELD_LABELS: Record<FormField, string> = Object.fromEntries(
  RULES.filter((r) => r.field !== 'heading').map((r) => [r.field, r.label]),
) as Record<FormField, string>;
