// One handout being produced: build the document, then save it as Word or PDF or print it through the host.
// Shows which action is running (the buttons wait) and what happened, in the user's language.
import { printDocument, saveDocx, savePdf, type ExportOutcome } from '../../lib/documents/export';
import { printHtmlFile, saveCsvFile, saveDocxFile, saveHtmlAsPdf } from '../../lib/documents/export-files';
import type { DocModel } from '../../lib/documents/model';
import { i18n, type MessageKey } from '../../lib/i18n/index.svelte';

export type DocumentAction = 'word' | 'pdf' | 'print' | 'csv';

/** What a handout gives to be exported: its document and a file name for an extension. */
export interface Prepared {
  doc: DocModel;
  fileName: (extension: 'docx' | 'pdf' | 'csv') => string;
  /** The same content as a spreadsheet (CSV), for the handouts that have one. */
  csv?: () => string;
  /** The office's Word template filled in, used instead of `doc` (its PDF and print laid out from the Word file). */
  docx?: () => Promise<Uint8Array>;
}

export interface JobMessage {
  tone: 'success' | 'danger' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
}

export class DocumentJob {
  running = $state<DocumentAction | null>(null);
  message = $state.raw<JobMessage | null>(null);

  /** `prepare` returns null with a message key when the handout cannot be made yet (no programme...). */
  /** `csv`: the handout can also be saved as CSV (a fourth button). */
  constructor(
    private readonly prepare: () => Promise<Prepared | { refused: MessageKey }>,
    readonly options: { csv?: boolean } = {},
  ) {}

  async run(action: DocumentAction): Promise<void> {
    if (this.running) return;
    this.running = action;
    this.message = null;
    try {
      const prepared = await this.prepare();
      if ('refused' in prepared) {
        this.message = { tone: 'info', key: prepared.refused };
        return;
      }
      const { doc, fileName, docx, csv } = prepared;
      const lang = i18n.locale;
      const outcome: ExportOutcome = action === 'csv' && csv
        ? await saveCsvFile(csv(), fileName('csv'), lang)
        : docx
        ? await fromTemplate(await docx(), action, fileName, doc.title, lang)
        : action === 'word'
          ? await saveDocx(doc, fileName('docx'), lang)
          : action === 'pdf'
            ? await savePdf(doc, fileName('pdf'), lang)
            : await printDocument(doc);
      this.message = describe(outcome);
    } catch (error) {
      this.message = { tone: 'danger', key: 'documents.error', params: { detail: error instanceof Error ? error.message : String(error) } };
    } finally {
      this.running = null;
    }
  }
}

/** The office's template filled in: the Word file as it is, or laid out as a page to save as PDF or print. */
async function fromTemplate(data: Uint8Array, action: DocumentAction, fileName: Prepared['fileName'], title: string, lang: 'it' | 'en'): Promise<ExportOutcome> {
  if (action === 'word') return saveDocxFile(data, fileName('docx'), lang);
  const { docxToPage } = await import('../../lib/documents/templates/docx-html');
  const page = await docxToPage(data, title);
  const file = { data: page.html, title, landscape: page.landscape };
  return action === 'pdf' ? saveHtmlAsPdf(file, fileName('pdf'), lang) : printHtmlFile(file);
}

function describe(outcome: ExportOutcome): JobMessage | null {
  switch (outcome.status) {
    case 'saved':
      return { tone: 'success', key: 'documents.saved', params: { path: outcome.path } };
    case 'printed':
      return { tone: 'success', key: 'documents.printed' };
    case 'printDialog':
      return { tone: 'info', key: 'documents.pdfInBrowser' };
    case 'cancelled':
      return null;
  }
}
