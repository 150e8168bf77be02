// A template filled in for one person. A line of the body that uses a placeholder with no value does not appear
// ("Luogo: {luogo}" while the venue is unknown, the questionnaire line when there is none), so the office writes
// each optional detail on its own line. Unknown placeholders stay as written, for the editor to point out. Pure.
import type { MessageTemplate } from '../domain/types';
import type { Placeholder } from './templates';
import { PLACEHOLDERS } from './templates';

export type PlaceholderValues = Record<Placeholder, string>;

export interface RenderedMessage {
  subject: string;
  text: string;
}

const PLACEHOLDER = /\{([^{}\s]+)\}/g;
const known = new Set<string>(PLACEHOLDERS);

function fill(line: string, values: PlaceholderValues): string {
  return line.replace(PLACEHOLDER, (whole, name: string) => (known.has(name) ? values[name as Placeholder] : whole));
}

/** True when the line uses a known placeholder whose value is empty. */
function missesAValue(line: string, values: PlaceholderValues): boolean {
  return [...line.matchAll(PLACEHOLDER)].some((m) => known.has(m[1]!) && !values[m[1] as Placeholder].trim());
}

export function renderBody(body: string, values: PlaceholderValues): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept = lines.filter((line) => !missesAValue(line, values)).map((line) => fill(line, values));
  return kept
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The subject on one line, without the separators an empty value leaves behind ("Promemoria: Titolo, "). */
export function renderSubject(subject: string, values: PlaceholderValues): string {
  return fill(subject, values)
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([,;:–-]\s*)+$/, '')
    .replace(/^\s*([,;:–-]\s*)+/, '')
    .trim();
}

export function renderMessage(template: MessageTemplate, values: PlaceholderValues): RenderedMessage {
  return { subject: renderSubject(template.subject, values), text: renderBody(template.body, values) };
}
