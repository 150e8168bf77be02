// One document job at a time for the Documenti screen: progress, cancellation and the message that follows
// (saved where, cancelled, print dialog opened, failed). The work itself is in lib/documents.
import type { ExportOutcome } from '../../lib/documents/export';
import { printHtmlFile, saveCsvFile, saveDocxFile, saveHtmlAsPdf, type FolderOutcome } from '../../lib/documents/export-files';
import type { DocModel } from '../../lib/documents/model';
import { startGeneration, GenerationCancelled } from '../../lib/documents/generate-client';
import type { GeneratedFile, GenerateRequest } from '../../lib/documents/generate';
import { t } from '../../lib/i18n/index.svelte';

export interface JobContext {
  /** Builds and renders in the worker, following its progress. */
  generate(request: GenerateRequest): Promise<GeneratedFile[]>;
  progress(done: number, total: number): void;
  isCancelled(): boolean;
}

export type Tone = 'success' | 'danger' | 'warning' | 'info';

/** How a document leaves the app: a Word file, a PDF, the printer. */
export type Output = 'docx' | 'pdf' | 'print';

export class DocumentJobs {
  busy = $state<{ label: string; done: number; total: number } | null>(null);
  message = $state<{ tone: Tone; text: string } | null>(null);
  private cancelled = false;
  private cancelWorker: (() => void) | null = null;

  get percent(): number {
    const b = this.busy;
    return b && b.total > 0 ? Math.round((b.done / b.total) * 100) : 0;
  }

  async run(label: string, work: (ctx: JobContext) => Promise<ExportOutcome | FolderOutcome | void>): Promise<void> {
    if (this.busy) return;
    this.cancelled = false;
    this.message = null;
    this.busy = { label, done: 0, total: 1 };
    const ctx: JobContext = {
      generate: (request) => {
        const handle = startGeneration(request, (done, total) => ctx.progress(done, total));
        this.cancelWorker = handle.cancel;
        return handle.result.finally(() => (this.cancelWorker = null));
      },
      progress: (done, total) => {
        if (this.busy) this.busy = { ...this.busy, done, total };
      },
      isCancelled: () => this.cancelled,
    };
    try {
      this.show(await work(ctx));
    } catch (error) {
      if (error instanceof GenerationCancelled || this.cancelled) this.message = { tone: 'info', text: t('documents.job.cancelled') };
      else this.message = { tone: 'danger', text: t('documents.job.failed', { detail: error instanceof Error ? error.message : String(error) }) };
    } finally {
      this.busy = null;
      this.cancelWorker = null;
    }
  }

  /** Builds a document and hands it over as Word, PDF or to the printer; `fileStem` has no extension. */
  exportDocument(label: string, build: () => DocModel, output: Output, fileStem: string): Promise<void> {
    return this.run(label, async (ctx) => {
      const doc = $state.snapshot(build()) as DocModel;
      const [file] = await ctx.generate({ kind: 'document', doc, format: output === 'docx' ? 'docx' : 'html' });
      if (!file) return;
      if (output === 'docx') return saveDocxFile(file.data as Uint8Array, `${fileStem}.docx`);
      if (output === 'pdf') return saveHtmlAsPdf(file, `${fileStem}.pdf`);
      return printHtmlFile(file);
    });
  }

  exportCsv(label: string, build: () => string, fileStem: string): Promise<void> {
    return this.run(label, async () => saveCsvFile(build(), `${fileStem}.csv`));
  }

  cancel(): void {
    this.cancelled = true;
    this.cancelWorker?.();
  }

  private show(outcome: ExportOutcome | FolderOutcome | void): void {
    if (!outcome) return;
    switch (outcome.status) {
      case 'saved':
        if (!('folder' in outcome)) this.message = { tone: 'success', text: t('documents.job.saved', { path: outcome.path }) };
        else {
          const saved = t('documents.job.savedFolder', { count: outcome.paths.length, folder: outcome.folder });
          // Files already in the folder are never replaced: say which new ones got a number instead.
          const renamed = outcome.renamed.length ? `. ${t('documents.job.renamed', { count: outcome.renamed.length, example: outcome.renamed[0]! })}` : '';
          this.message = { tone: 'success', text: saved + renamed };
        }
        return;
      case 'printDialog':
        this.message = { tone: 'info', text: t('documents.job.printDialog') };
        return;
      case 'pdfUnavailable':
        this.message = { tone: 'warning', text: t('documents.job.pdfUnavailable') };
        return;
      case 'printed':
        this.message = { tone: 'success', text: t('documents.job.printed') };
        return;
      case 'cancelled':
        return;
    }
  }
}
