// A document job: what is being made, its progress (shown where the screen wants it: a bar with «Interrompi», or
// only «Preparazione del documento…» under a handout's buttons), its cancellation, and the message it leaves
// (saved where, printed, print dialog opened, cancelled, failed) in the user's language. Every screen that hands
// a document over uses it; building, rendering and saving are lib/documents' (generate-client, export).
import { pageOfFile, printPage, saveFile, savePdf, type ExportOutcome } from './documents/export';
import type { GeneratedFile, GenerateRequest } from './documents/generate';
import { GenerationCancelled, startGeneration } from './documents/generate-client';
import type { DocModel } from './documents/model';
import { i18n, t, type MessageKey } from './i18n/index.svelte';

export type Tone = 'success' | 'danger' | 'warning' | 'info';

/** A message a job leaves behind. */
export interface JobNote {
  tone: Tone;
  text: string;
}

/** How a document leaves the app: a Word file, a PDF, the printer, or its data as a spreadsheet. */
export type Output = 'docx' | 'pdf' | 'print' | 'csv';

export interface JobContext {
  /** Builds and renders in the document worker, following its progress; cancelling the job stops it. */
  generate(request: GenerateRequest): Promise<GeneratedFile[]>;
  /** `label` replaces the job's label, for work that goes through phases. */
  progress(done: number, total: number, label?: string): void;
  isCancelled(): boolean;
}

/** What a handout gives to be exported. */
export interface Prepared {
  doc: DocModel;
  /** The suggested file name, without its extension. */
  fileStem: string;
  /** The same content as a spreadsheet (CSV), for the handouts that have one. */
  csv?: () => string;
  /** The office's Word template filled in (in the worker), used instead of `doc`: its PDF and print are laid out from it. */
  fromTemplate?: GenerateRequest;
}

/** A handout ready to export, or why it cannot be made yet (no programme, nobody confirmed...). */
export type Preparation = Prepared | { refused: MessageKey };

/** The texts of a job's failure (with {detail}) and of its cancellation. */
export interface JobTexts {
  failed: 'documents.job.failed' | 'messages.dialog.failed';
  cancelled: 'documents.job.cancelled' | 'messages.dialog.cancelled';
}

const DOCUMENT_TEXTS: JobTexts = { failed: 'documents.job.failed', cancelled: 'documents.job.cancelled' };

export class DocumentJob {
  /** The work under way: its label, the output asked for (when started from output buttons), its progress. */
  busy = $state.raw<{ label: string; output: Output | null; done: number; total: number } | null>(null);
  message = $state.raw<JobNote | null>(null);
  #cancelled = false;
  #cancelWorker: (() => void) | null = null;

  constructor(private readonly texts: JobTexts = DOCUMENT_TEXTS) {}

  get percent(): number {
    const b = this.busy;
    return b && b.total > 0 ? Math.round((b.done / b.total) * 100) : 0;
  }

  /** Runs one piece of work at a time; what it returns (an outcome, or a message of its own) becomes the message. */
  async run(label: string, work: (ctx: JobContext) => Promise<ExportOutcome | JobNote | void>, output: Output | null = null): Promise<void> {
    if (this.busy) return;
    this.#cancelled = false;
    this.message = null;
    this.busy = { label, output, done: 0, total: 1 };
    const ctx: JobContext = {
      generate: (request) => {
        const handle = startGeneration(request, (done, total) => ctx.progress(done, total));
        this.#cancelWorker = handle.cancel;
        return handle.result.finally(() => (this.#cancelWorker = null));
      },
      progress: (done, total, next) => {
        if (this.busy) this.busy = { ...this.busy, label: next ?? this.busy.label, done, total };
      },
      isCancelled: () => this.#cancelled,
    };
    try {
      const result = await work(ctx);
      this.message = !result ? null : 'text' in result ? result : outcomeNote(result);
    } catch (error) {
      if (error instanceof GenerationCancelled || this.#cancelled) this.message = { tone: 'info', text: t(this.texts.cancelled) };
      else this.message = { tone: 'danger', text: t(this.texts.failed, { detail: error instanceof Error ? error.message : String(error) }) };
    } finally {
      this.busy = null;
      this.#cancelWorker = null;
    }
  }

  /** Builds a document and hands it over as Word, PDF or to the printer. */
  exportDocument(label: string, build: () => DocModel, output: Exclude<Output, 'csv'>, fileStem: string): Promise<void> {
    return this.run(label, (ctx) => deliver(ctx, $state.snapshot(build()) as DocModel, output, fileStem), output);
  }

  exportCsv(label: string, build: () => string, fileStem: string): Promise<void> {
    return this.run(label, async () => saveFile(build(), `${fileStem}.csv`, i18n.locale), 'csv');
  }

  /** A handout's Word / PDF / Stampa / CSV: prepared (data loaded, document built) when asked for. */
  exportHandout(label: string, output: Output, prepare: () => Promise<Preparation>): Promise<void> {
    return this.run(
      label,
      async (ctx) => {
        const prepared = await prepare();
        if ('refused' in prepared) return { tone: 'info', text: t(prepared.refused) };
        const { doc, fileStem, csv, fromTemplate } = prepared;
        if (output === 'csv') return csv ? saveFile(csv(), `${fileStem}.csv`, i18n.locale) : undefined;
        if (!fromTemplate) return deliver(ctx, doc, output, fileStem);
        const [file] = await ctx.generate(fromTemplate);
        return file ? deliverTemplate(file.data as Uint8Array, output, fileStem, doc.title) : undefined;
      },
      output,
    );
  }

  cancel(): void {
    this.#cancelled = true;
    this.#cancelWorker?.();
  }
}

/** Renders the document in the worker and saves or prints it. */
async function deliver(ctx: JobContext, doc: DocModel, output: Exclude<Output, 'csv'>, fileStem: string): Promise<ExportOutcome | void> {
  const [file] = await ctx.generate({ kind: 'document', doc, format: output === 'docx' ? 'docx' : 'html' });
  if (!file) return;
  if (output === 'docx') return saveFile(file.data, `${fileStem}.docx`, i18n.locale);
  return output === 'pdf' ? savePdf(pageOfFile(file), `${fileStem}.pdf`, i18n.locale) : printPage(pageOfFile(file));
}

/** The office's template filled in: the Word file as it is, or laid out as a page to save as PDF or print. */
async function deliverTemplate(data: Uint8Array, output: Exclude<Output, 'csv'>, fileStem: string, title: string): Promise<ExportOutcome> {
  if (output === 'docx') return saveFile(data, `${fileStem}.docx`, i18n.locale);
  const { docxToPage } = await import('./documents/templates/docx-html');
  const page = await docxToPage(data, title);
  const printable = { html: page.html, title, landscape: page.landscape };
  return output === 'pdf' ? savePdf(printable, `${fileStem}.pdf`, i18n.locale) : printPage(printable);
}

/** What the person is told after an export: the one mapping from outcomes to messages. */
export function outcomeNote(outcome: ExportOutcome): JobNote | null {
  switch (outcome.status) {
    case 'saved':
      if (!('folder' in outcome)) return { tone: 'success', text: t('documents.job.saved', { path: outcome.path }) };
      // Files already in the folder are never replaced: say which new ones got a number instead.
      return {
        tone: 'success',
        text: t('documents.job.savedFolder', { count: outcome.paths.length, folder: outcome.folder }) + (outcome.renamed.length ? `. ${t('documents.job.renamed', { count: outcome.renamed.length, example: outcome.renamed[0]! })}` : ''),
      };
    case 'printed':
      return { tone: 'success', text: t('documents.job.printed') };
    case 'printDialog':
      return { tone: 'info', text: t('documents.job.printDialog') };
    case 'pdfUnavailable':
      return { tone: 'warning', text: t('documents.job.pdfUnavailable') };
    case 'cancelled':
      return null;
  }
}
