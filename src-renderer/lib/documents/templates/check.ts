// Checks an office's Word template before it is stored: a real .docx, braces that open and close, and only
// placeholders Ospita knows, so a certificate never comes out with "{cognme}" printed on it. Every refusal names
// what is wrong and lists the valid placeholders, in Italian (the catalogue's keys). Pure: runs anywhere.
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { foldAccents } from '../../domain/fold';
import type { TemplateKind } from '../../domain/types';
import type { MessageKey } from '../../i18n/catalogue';
import { describeVocabulary, TEMPLATE_VOCABULARY } from './fields';

export interface TemplateProblem {
  key: MessageKey;
  params: Record<string, string>;
}

export type TemplateCheck = { ok: true; placeholders: string[] } | { ok: false; problem: TemplateProblem };

/** Largest template accepted: a letterhead with its pictures is well under 1 MB. */
export const MAX_TEMPLATE_FILE_BYTES = 10 * 1024 * 1024;

/** The docxtemplater options every template is read and filled with: Word's own braces, a loop alone in its paragraph leaves no empty line. */
export const TEMPLATE_OPTIONS = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

const problem = (key: MessageKey, kind: TemplateKind, params: Record<string, string> = {}): TemplateCheck => ({ ok: false, problem: { key, params: { valid: describeVocabulary(kind), ...params } } });

/** Edit distance, for "did you mean {cognome}?". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The valid placeholder closest to a wrong one, when close enough to be a slip ("cognme", "Nome", "ore previste"). */
export function closestPlaceholder(wrong: string, valid: readonly string[]): string | null {
  const simple = (s: string) => foldAccents(s).replace(/[\s-]+/g, '_');
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const v of valid) {
    const d = distance(simple(wrong), v);
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOldWord(bytes: Uint8Array): boolean {
  // The compound file signature of .doc (Word 97-2003).
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

interface TemplateErrorProperties {
  id?: string;
  xtag?: string;
  context?: string;
  explanation?: string;
}

function firstTemplateError(error: unknown): TemplateErrorProperties | null {
  const props = (error as { properties?: { errors?: { properties?: TemplateErrorProperties }[] } & TemplateErrorProperties }).properties;
  if (!props) return null;
  return props.errors?.[0]?.properties ?? props;
}

/** Reads a template and says whether it can be used for documents of this kind. */
export function checkTemplate(bytes: Uint8Array, kind: TemplateKind): TemplateCheck {
  if (bytes.length > MAX_TEMPLATE_FILE_BYTES) return problem('templates.error.tooLarge', kind, { size: String(Math.round(bytes.length / (1024 * 1024))) });
  if (isOldWord(bytes)) return problem('templates.error.oldWord', kind);
  if (!isZip(bytes)) return problem('templates.error.notDocx', kind);
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return problem('templates.error.notDocx', kind);
  }
  if (!zip.file('word/document.xml')) return problem('templates.error.notDocx', kind);
  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, { ...TEMPLATE_OPTIONS, modules: [inspect] });
  } catch (error) {
    const e = firstTemplateError(error);
    const near = (e?.context ?? e?.xtag ?? '').trim().slice(0, 60);
    switch (e?.id) {
      case 'unclosed_tag':
      case 'duplicate_open_tag':
        return problem('templates.error.unclosed', kind, { near });
      case 'unopened_tag':
      case 'duplicate_close_tag':
        return problem('templates.error.unopened', kind, { near });
      case 'unclosed_loop':
      case 'unopened_loop':
      case 'closing_tag_does_not_match_opening_tag':
        return problem('templates.error.loop', kind, { near: e.xtag ?? near });
      default:
        return problem('templates.error.unreadable', kind, { detail: e?.explanation ?? (error instanceof Error ? error.message : String(error)) });
    }
  }
  const tags = inspect.getAllTags() as Record<string, Record<string, unknown>>;
  const vocabulary = TEMPLATE_VOCABULARY[kind];
  const found: string[] = [];
  for (const [tag, inner] of Object.entries(tags)) {
    const loop = vocabulary.loops[tag];
    if (loop) {
      for (const innerTag of Object.keys(inner)) {
        if (!loop.includes(innerTag) && !vocabulary.fields.includes(innerTag)) return unknown(innerTag, [...loop, ...vocabulary.fields], kind);
      }
      found.push(`#${tag}`);
      continue;
    }
    if (Object.keys(inner).length > 0) return problem('templates.error.loopNotAllowed', kind, { tag });
    if (!vocabulary.fields.includes(tag)) return unknown(tag, [...vocabulary.fields, ...Object.keys(vocabulary.loops)], kind);
    found.push(tag);
  }
  if (found.length === 0) return problem('templates.error.noPlaceholders', kind);
  return { ok: true, placeholders: found };
}

function unknown(tag: string, valid: readonly string[], kind: TemplateKind): TemplateCheck {
  const suggestion = closestPlaceholder(tag, valid);
  return suggestion ? problem('templates.error.unknownSuggest', kind, { tag, suggestion }) : problem('templates.error.unknown', kind, { tag });
}
