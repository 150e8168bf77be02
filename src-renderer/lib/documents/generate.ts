// Building and rendering documents as a job with progress and cancellation: what generate.worker.ts runs off
// the UI thread (and what runs inline where there is no Worker). Pure: no DOM, no Svelte, no Dexie.
import { docText, type DocLang } from './handouts/common';
import { certificateFields, programmeFields } from './templates/fields';
import { base64ToBytes } from './templates/base64';
import { nameFirst } from './handouts/session-input';
import { buildCertificate, buildCertificates, certificateFileStem, type CertificateEntry, type CertificateOptions } from './handouts/certificate';
import type { DocModel } from './model';
import { renderDocx } from './render-docx';
import { isLandscape, renderHtml } from './render-html';
import { GenerationCancelled } from './generation-cancelled';
import type { ProgrammeSource, SessionDocumentInput } from '../domain/session-data';

export type OutputFormat = 'docx' | 'html';

export type GenerateRequest =
  /** One document already built. */
  | { kind: 'document'; doc: DocModel; format: OutputFormat }
  /**
   * Certificates: all in one document, or one file per person (`split`). Split as Word, a file each; split as
   * HTML, one page with every certificate and its part marks, printed once and then split (`splitPdf`).
   */
  | {
      kind: 'certificates';
      input: SessionDocumentInput;
      entries: CertificateEntry[];
      options: CertificateOptions;
      format: OutputFormat;
      split: boolean;
      /**
       * The office's Word template (base64 .docx) instead of Ospita's layout. As 'html' it gives everybody's
       * certificates in one Word file (with part marks when `split`) to be laid out as a page on the UI thread
       * (templates/docx-html.ts) and printed to PDF.
       */
      template?: string;
    }
  /** The office's programme template (base64 .docx) filled for a session. */
  | { kind: 'programmeTemplate'; source: ProgrammeSource; lang: DocLang; template: string }
  /** A PDF printed from a page with part marks, split into the files of its `parts`. */
  | { kind: 'splitPdf'; pdf: Uint8Array; parts: FilePart[] };

/** One person's file within a batch printed once. */
export interface FilePart {
  stem: string;
  title: string;
}

export interface GeneratedFile {
  /** File name without extension ("Rossi Maria - Attestato"); empty for a single document. */
  stem: string;
  /** .docx or .pdf bytes, or the HTML page to print or turn into PDF. */
  data: Uint8Array | string;
  title: string;
  landscape: boolean;
  /**
   * A page to print once and split: the files it becomes, one per part mark, in order (see pdf-split.ts).
   */
  parts?: FilePart[];
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; files: GeneratedFile[]; ms: number }
  | { type: 'error'; message: string };

export { GenerationCancelled };

async function render(doc: DocModel, format: OutputFormat, stem: string): Promise<GeneratedFile> {
  const data = format === 'docx' ? await renderDocx(doc) : renderHtml(doc);
  return { stem, data, title: doc.title, landscape: isLandscape(doc) };
}

/** Different people can share a name: "Rossi Mario - Attestato (2)". */
export function uniqueStems(stems: string[]): string[] {
  const seen = new Map<string, number>();
  return stems.map((stem) => {
    const key = stem.toLocaleLowerCase('it');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? stem : `${stem} (${n})`;
  });
}

/**
 * Runs a request, reporting progress after each step; `isCancelled` is asked between steps, and a cancelled job
 * throws GenerationCancelled.
 */
export async function generate(request: GenerateRequest, onProgress: (done: number, total: number) => void = () => {}, isCancelled: () => boolean = () => false): Promise<GeneratedFile[]> {
  const check = () => {
    if (isCancelled()) throw new GenerationCancelled();
  };
  if (request.kind === 'document') {
    onProgress(0, 1);
    const file = await render(request.doc, request.format, '');
    onProgress(1, 1);
    return [file];
  }
  if (request.kind === 'splitPdf') {
    // pdf-lib and the template libraries load only for the jobs that need them: the worker starts fast.
    const { splitPdfByParts } = await import('./pdf-split');
    const pdfs = await splitPdfByParts(request.pdf, request.parts.map((p) => p.title), { onProgress, check });
    return pdfs.map((data, i) => ({ stem: request.parts[i]!.stem, title: request.parts[i]!.title, data, landscape: false }));
  }
  if (request.kind === 'programmeTemplate') {
    const { fillTemplate } = await import('./templates/fill');
    onProgress(0, 1);
    const data = fillTemplate(base64ToBytes(request.template), programmeFields(request.source, request.lang));
    onProgress(1, 1);
    return [{ stem: '', data, title: docText(request.lang, 'documents.programme.kind'), landscape: false }];
  }
  const { input, entries, options, format } = request;
  if (request.template !== undefined) return certificatesFromTemplate(await import('./templates/fill'), request.template, input, entries, options, format, request.split, onProgress, check);
  if (!request.split) {
    onProgress(0, 2);
    const doc = buildCertificates(input, entries, options);
    check();
    onProgress(1, 2);
    const file = await render(doc, format, '');
    onProgress(2, 2);
    return [file];
  }
  const stems = uniqueStems(entries.map((e) => certificateFileStem(input, e.participant)));
  if (format === 'html') {
    // One page for all, a marked part each, printed once and split afterwards: seconds instead of minutes.
    onProgress(0, 2);
    const doc = buildCertificates(input, entries, options, { partMarks: true });
    check();
    onProgress(1, 2);
    const parts = entries.map((e, i) => ({ stem: stems[i]!, title: docText(input.lang, 'documents.certificate.personTitle', { name: nameFirst(e.participant) }) }));
    const file: GeneratedFile = { stem: '', data: renderHtml(doc), title: doc.title, landscape: isLandscape(doc), parts };
    onProgress(2, 2);
    return [file];
  }
  const files: GeneratedFile[] = [];
  onProgress(0, entries.length);
  for (let i = 0; i < entries.length; i++) {
    check();
    files.push(await render(buildCertificate(input, entries[i]!, options), format, stems[i]!));
    onProgress(i + 1, entries.length);
  }
  return files;
}

/** Certificates on the office's template: one Word file for everybody, or one each. */
function certificatesFromTemplate(
  { fillTemplate, fillTemplateForAll }: typeof import('./templates/fill'),
  template: string,
  input: SessionDocumentInput,
  entries: CertificateEntry[],
  options: CertificateOptions,
  format: OutputFormat,
  split: boolean,
  onProgress: (done: number, total: number) => void,
  check: () => void,
): GeneratedFile[] {
  const bytes = base64ToBytes(template);
  const fields = entries.map((e) => certificateFields(input, e, options));
  const title = docText(input.lang, 'documents.certificate.docTitle', { title: input.offer.title.trim() });
  const stems = () => uniqueStems(entries.map((e) => certificateFileStem(input, e.participant)));
  const personTitle = (i: number) => docText(input.lang, 'documents.certificate.personTitle', { name: nameFirst(entries[i]!.participant) });
  if (format === 'html') {
    // For PDF: one Word file for everybody, laid out and printed once, then split by its part marks.
    onProgress(0, 1);
    const data = fillTemplateForAll(bytes, fields, { partMarks: split });
    onProgress(1, 1);
    const names = split ? stems() : [];
    return [{ stem: '', data, title, landscape: false, parts: split ? names.map((stem, i) => ({ stem, title: personTitle(i) })) : undefined }];
  }
  if (!split) {
    onProgress(0, 1);
    const data = fillTemplateForAll(bytes, fields);
    onProgress(1, 1);
    return [{ stem: '', data, title, landscape: false }];
  }
  const names = stems();
  const files: GeneratedFile[] = [];
  onProgress(0, entries.length);
  for (let i = 0; i < entries.length; i++) {
    check();
    files.push({ stem: names[i]!, data: fillTemplate(bytes, fields[i]!), title: personTitle(i), landscape: false });
    onProgress(i + 1, entries.length);
  }
  return files;
}
