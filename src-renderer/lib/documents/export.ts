// What the UI calls to hand a document to the person: save as Word, save as PDF, print. Everything goes
// through the host API (lib/host.ts); in a plain browser, PDF falls back to the print dialog ("Salva come PDF").
import { host as defaultHost, type HostApi } from '../host';
import { catalogues } from '../i18n/catalogue';
import type { DocModel } from './model';
import { startGeneration } from './generate-client';
import { isLandscape, renderHtml } from './render-html';

export type ExportOutcome =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'printed' }
  /** No PDF printer here (browser): the print dialog was opened instead; tell the user to choose "Salva come PDF". */
  | { status: 'printDialog' };

type Lang = 'it' | 'en';

const label = (lang: Lang, key: 'documents.filter.word' | 'documents.filter.pdf' | 'documents.filter.calendar') => catalogues[lang][key];

export async function saveDocx(doc: DocModel, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  // Rendered in a worker (inline where there is none), so a long document never freezes the screen.
  const [file] = await startGeneration({ kind: 'document', doc, format: 'docx' }, () => {}).result;
  const data = file!.data;
  return host.saveFile({ suggestedName: fileName, filters: [{ name: label(lang, 'documents.filter.word'), extensions: ['docx'] }], data });
}

export async function savePdf(doc: DocModel, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  const html = renderHtml(doc);
  let data: Uint8Array;
  try {
    data = await host.htmlToPdf({ html, landscape: isLandscape(doc) });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('PDF_UNAVAILABLE_IN_BROWSER'))) throw error;
    const printed = await host.printHtml({ html, title: doc.title, landscape: isLandscape(doc) });
    return printed.status === 'printed' ? { status: 'printDialog' } : printed;
  }
  return host.saveFile({ suggestedName: fileName, filters: [{ name: label(lang, 'documents.filter.pdf'), extensions: ['pdf'] }], data });
}

export async function printDocument(doc: DocModel, host: HostApi = defaultHost): Promise<ExportOutcome> {
  return host.printHtml({ html: renderHtml(doc), title: doc.title, landscape: isLandscape(doc) });
}

/** Saves a calendar file (.ics) built elsewhere. */
export async function saveCalendar(ics: string, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  return host.saveFile({ suggestedName: fileName, filters: [{ name: label(lang, 'documents.filter.calendar'), extensions: ['ics'] }], data: ics });
}
