// The exchange-form parser: text in (typed, Markdown, or from a .docx), offer fields, agenda draft and warnings out.
// Pure: no Svelte, no Dexie, no Electron. Used by the app's import screen and by `npm run parse-form`.
import type { AgendaDraftItem, CandidateSession, IsoDate, Offer, Stored } from '../../domain/types';
import { readAgenda } from './agenda';
import { readCapacity } from './capacity';
import { readDates } from './dates';
import { readDuration } from './duration';
import { FormImportError } from './errors';
import { readFormat } from './format';
import { FIELD_LABELS, splitFields, type FieldBlock, type FormField } from './labels';
import { normaliseText, toLines, type FormLine } from './text';
import { warning, type FormWarning } from './warnings';

/**
 * The offer's own fields as the form gives them: candidate dates are `sessions` (they become candidate sessions
 * when saved, to-offer.ts); the agenda draft comes apart, the source is the file.
 */
export type ParsedOffer = Omit<Offer, keyof Stored | 'candidateSessions' | 'agendaDraft' | 'source'> & { sessions: CandidateSession[] };

export type ParsedOfferKey = keyof ParsedOffer;

/** Where a field's value came from: the label line through its last value line, as written. */
export interface FormSource {
  label: string;
  from: number;
  to: number;
  text: string;
}

export interface FormParseResult {
  offer: ParsedOffer;
  agendaDraft: AgendaDraftItem[];
  warnings: FormWarning[];
  sources: Partial<Record<FormField, FormSource>>;
}

/** The part of the form each offer field is read from, for the review screen. */
export const SOURCE_OF: Record<ParsedOfferKey, FormField> = {
  hostMunicipality: 'hostMunicipality',
  hostOffice: 'hostOffice',
  title: 'title',
  description: 'description',
  transferMethod: 'transferMethod',
  capacityMin: 'capacity',
  capacityMax: 'capacity',
  targetProfiles: 'capacity',
  durationDays: 'duration',
  dateMode: 'dates',
  sessions: 'dates',
  notes: 'notes',
  format: 'format',
};

const CORE: FormField[] = ['hostMunicipality', 'hostOffice', 'title', 'description', 'transferMethod', 'capacity', 'duration', 'dates'];
const NB = /^n\.?\s?b\.?(?=[\s:.\-–]|$)[\s:.\-–]*/i;

export interface ParseOptions {
  /** Reference day for dates written without a year (`yyyy-MM-dd`). */
  today: IsoDate;
}

export function parseFormText(input: string, options: ParseOptions): FormParseResult {
  const text = normaliseText(input);
  if (!text.trim()) throw new FormImportError('empty');
  const lines = toLines(text);
  const { blocks, labelsFound } = splitFields(lines);
  if (CORE.filter((f) => labelsFound.has(f)).length < 3) throw new FormImportError('not-a-form');

  const rawLines = text.split('\n');
  const warnings: FormWarning[] = [];
  const sources: Partial<Record<FormField, FormSource>> = {};
  const values = new Map<FormField, FormLine[]>();
  const notes: string[] = [];
  const noteLines: FormLine[] = [];

  for (const block of blocks) {
    const kept: FormLine[] = [];
    for (const line of block.lines) {
      if (NB.test(line.text)) {
        const note = line.text.replace(NB, '').trim();
        if (note) notes.push(note);
        noteLines.push(line);
      } else kept.push(line);
    }
    if (block.field === 'notes') {
      const paragraph = paragraphs(kept);
      if (paragraph) notes.push(paragraph);
    }
    if (!kept.some((l) => l.text)) continue;
    values.set(block.field, [...(values.get(block.field) ?? []), ...(values.has(block.field) ? [{ n: 0, raw: '', text: '' }] : []), ...kept]);
    const previous = sources[block.field];
    const source = sourceOf(block, rawLines);
    sources[block.field] = previous ? { ...previous, to: source.to, text: `${previous.text}\n…\n${source.text}` } : source;
  }
  if (noteLines.length) {
    const from = noteLines[0]!.n;
    const to = noteLines[noteLines.length - 1]!.n;
    const nbSource = { label: 'N.B.', from, to, text: noteLines.map((l) => rawLines[l.n - 1]?.trim() ?? l.text).join('\n') };
    sources.notes = sources.notes ? { ...sources.notes, text: `${sources.notes.text}\n${nbSource.text}` } : nbSource;
  }

  const plain = (f: FormField) => (values.get(f) ?? []).filter((l) => l.text).map((l) => l.text);
  for (const field of CORE) {
    if (!values.has(field)) {
      warnings.push(warning(CORE_KEY[field], 'missingField', { label: FIELD_LABELS[field] }));
    }
  }

  // Capacity and target profiles.
  const capacity = readCapacity(plain('capacity'));
  const capacityMax = capacity.max ?? 0;
  if (values.has('capacity') && capacity.max === null) {
    warnings.push(warning('capacityMax', 'capacityUnreadable', { written: plain('capacity').join(' ') }));
  }
  if (capacity.min !== null && capacity.max !== null && capacity.min > capacity.max) {
    warnings.push(warning('capacityMin', 'capacityOrder', { min: capacity.min, max: capacity.max }));
  }
  if (capacityMax > 200) {
    warnings.push(warning('capacityMax', 'capacityLarge', { max: capacityMax }));
  }

  // Duration.
  const duration = readDuration(plain('duration'));
  let durationDays: 1 | 2 | null = null;
  const distinct = [...new Set(duration.days)];
  if (distinct.length > 1) {
    warnings.push(warning('durationDays', 'durationMany', { values: distinct, days: distinct[0]! }));
  }
  const first = distinct[0];
  if (first === 1 || first === 2) durationDays = first;
  else if (first !== undefined) {
    warnings.push(warning('durationDays', 'durationTooLong', { days: first }));
  } else if (duration.half) {
    durationDays = 1;
    warnings.push(warning('durationDays', 'halfDay'));
  } else if (values.has('duration')) {
    warnings.push(warning('durationDays', 'durationUnreadable', { written: plain('duration').join(' ') }));
  }

  // Dates and sessions.
  const dates = readDates(values.get('dates') ?? [], durationDays, options.today);
  for (const w of dates.warnings) warnings.push(w);
  if (durationDays === null) {
    durationDays = dates.inferredDuration ?? 1;
    if (dates.inferredDuration) warnings.push(warning('durationDays', 'durationInferred', { days: durationDays }));
  }

  // Transfer method: agenda draft and format.
  const transferLines = values.get('transferMethod') ?? [];
  const transferMethod = paragraphs(transferLines);
  const agendaDraft = readAgenda(transferLines);
  const explicitFormat = plain('format').join(' ');
  const formatReading = readFormat(explicitFormat || transferMethod);
  if (!explicitFormat && sources.transferMethod) sources.format = sources.transferMethod;
  if (new Set(formatReading.mentioned).size > 1) {
    warnings.push(warning('format', 'formatMany', { formats: formatReading.mentioned, format: formatReading.format }));
  }

  const offer: ParsedOffer = {
    hostMunicipality: plain('hostMunicipality').join(' '),
    hostOffice: plain('hostOffice').join(' / '),
    title: plain('title').join(' '),
    description: paragraphs(values.get('description') ?? []),
    transferMethod,
    capacityMin: capacity.min,
    capacityMax,
    targetProfiles: capacity.profiles,
    durationDays,
    dateMode: dates.dateMode,
    sessions: dates.sessions,
    notes: notes.join('\n'),
    format: formatReading.format,
  };
  return { offer, agendaDraft, warnings, sources };
}

const CORE_KEY: Record<FormField, ParsedOfferKey> = {
  hostMunicipality: 'hostMunicipality',
  hostOffice: 'hostOffice',
  title: 'title',
  description: 'description',
  transferMethod: 'transferMethod',
  capacity: 'capacityMax',
  duration: 'durationDays',
  dates: 'sessions',
  notes: 'notes',
  format: 'format',
};

/** Lines to text: a blank line between paragraphs, lines of a paragraph (a list) kept on their own lines. */
function paragraphs(lines: FormLine[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.text) out.push(line.text);
    else if (out.length && out[out.length - 1] !== '') out.push('');
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function sourceOf(block: FieldBlock, rawLines: string[]): FormSource {
  const { from, to } = block.source;
  const text = rawLines
    .slice(from - 1, to)
    .filter((l, i, all) => l.trim() || (i > 0 && all[i - 1]!.trim()))
    .join('\n')
    .trim();
  return { label: block.label, from, to, text };
}
