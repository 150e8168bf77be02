// Handing what Ospita made to the person: one file saved where they choose (Word, PDF, CSV, calendar, workbook,
// JSON), a page printed or turned into PDF, or many files into a folder chosen once. The screens save and print
// what they export only through here (backups and e-mail drafts have channels of their own), and here only through
// the host API (lib/host.ts). In a plain browser a PDF cannot be made:
// saving one opens the print dialog instead (outcome `printDialog`: tell the user to choose «Salva come PDF»).
import { host as defaultHost, type HostApi } from '../host';
import { catalogues } from '../i18n/catalogue';
import type { GeneratedFile, GenerateRequest } from './generate';
import { startGeneration } from './generate-client';
import { GenerationCancelled } from './generation-cancelled';
import type { DocModel } from './model';
import { isLandscape, renderHtml } from './render-html';

export type FileOutcome =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'printed' }
  /** No PDF printer here (browser): the print dialog was opened instead. */
  | { status: 'printDialog' };

export type FolderOutcome =
  | { status: 'saved'; folder: string; paths: string[]; renamed: string[] }
  | { status: 'cancelled' }
  /** One PDF per person needs the desktop app's printer. */
  | { status: 'pdfUnavailable' };

export type ExportOutcome = FileOutcome | FolderOutcome;

type Lang = 'it' | 'en';

/** A page ready to print or to turn into PDF. */
export interface PrintablePage {
  html: string;
  title: string;
  landscape: boolean;
}

/** A built document as its printable page. */
export function pageOf(doc: DocModel): PrintablePage {
  return { html: renderHtml(doc), title: doc.title, landscape: isLandscape(doc) };
}

/** A page rendered by the document worker (`format: 'html'`). */
export function pageOfFile(file: Pick<GeneratedFile, 'data' | 'title' | 'landscape'>): PrintablePage {
  return { html: String(file.data), title: file.title, landscape: file.landscape };
}

/** The kinds of file Ospita saves, by extension, with the name the save dialog gives them. */
const FILTERS = {
  docx: 'documents.filter.word',
  pdf: 'documents.filter.pdf',
  csv: 'documents.filter.csv',
  ics: 'documents.filter.calendar',
  xlsx: 'documents.filter.excel',
  json: 'documents.filter.json',
} as const;

export type SavedExtension = keyof typeof FILTERS;

function extensionOf(fileName: string): SavedExtension {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (!(extension in FILTERS)) throw new Error(`not a kind of file Ospita saves: ${fileName}`);
  return extension as SavedExtension;
}

/** Saves bytes or text under a suggested name; the kind of file (and the dialog's filter) is its extension's. */
export function saveFile(data: Uint8Array | string, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<FileOutcome> {
  const extension = extensionOf(fileName);
  return host.saveFile({ suggestedName: fileName, filters: [{ name: catalogues[lang][FILTERS[extension]], extensions: [extension] }], data });
}

const isPdfUnavailable = (error: unknown) => error instanceof Error && error.message.includes('PDF_UNAVAILABLE_IN_BROWSER');

/** The page printed to PDF bytes by the desktop app (a plain browser has no PDF printer: it throws). */
export function printToPdf(page: Pick<PrintablePage, 'html' | 'landscape'>, host: HostApi = defaultHost): Promise<Uint8Array> {
  return host.htmlToPdf({ html: page.html, landscape: page.landscape });
}

/** The page as PDF bytes, or null where no PDF printer is (a browser). Any other failure is thrown. */
export async function pdfOf(page: Pick<PrintablePage, 'html' | 'landscape'>, host: HostApi = defaultHost): Promise<Uint8Array | null> {
  try {
    return await printToPdf(page, host);
  } catch (error) {
    if (isPdfUnavailable(error)) return null;
    throw error;
  }
}

/** The page saved as a PDF file; in a browser, the print dialog instead. */
export async function savePdf(page: PrintablePage, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<FileOutcome> {
  const data = await pdfOf(page, host);
  if (data) return saveFile(data, fileName, lang, host);
  const printed = await printPage(page, host);
  return printed.status === 'printed' ? { status: 'printDialog' } : printed;
}

export function printPage(page: PrintablePage, host: HostApi = defaultHost): Promise<FileOutcome> {
  return host.printHtml({ html: page.html, title: page.title, landscape: page.landscape });
}

/**
 * One file per person into a folder (remembered per purpose): .docx as they are; a page of many people (`parts`)
 * printed to PDF once and split into a PDF each (in the document worker when `generate` is the job's), a single
 * page printed on its own. Progress is reported per file split; cancelling stops before anything is written.
 */
export async function saveFilesToFolder(
  files: GeneratedFile[],
  options: {
    purpose: string;
    extension: 'docx' | 'pdf';
    chooseFolder?: boolean;
    onProgress?: (done: number, total: number) => void;
    isCancelled?: () => boolean;
    generate?: (request: GenerateRequest) => Promise<GeneratedFile[]>;
  },
  host: HostApi = defaultHost,
): Promise<FolderOutcome> {
  const out: { name: string; data: Uint8Array }[] = [];
  const run = options.generate ?? ((request: GenerateRequest) => startGeneration(request, options.onProgress ?? (() => {})).result);
  const cancelled = () => {
    if (options.isCancelled?.()) throw new GenerationCancelled();
  };
  for (const f of files) {
    cancelled();
    if (options.extension !== 'pdf') {
      out.push({ name: `${f.stem}.${options.extension}`, data: f.data as Uint8Array });
      options.onProgress?.(out.length, files.length);
      continue;
    }
    const pdf = await pdfOf(pageOfFile(f), host);
    if (!pdf) return { status: 'pdfUnavailable' };
    cancelled();
    if (f.parts) {
      for (const part of await run({ kind: 'splitPdf', pdf, parts: f.parts })) out.push({ name: `${part.stem}.pdf`, data: part.data as Uint8Array });
    } else {
      out.push({ name: `${f.stem}.pdf`, data: pdf });
    }
  }
  cancelled();
  return host.saveFilesToFolder({ purpose: options.purpose, files: out, chooseFolder: options.chooseFolder ?? false });
}
