// Handing generated files (bytes or HTML from the document worker, CSV text) to the host: save one file, turn
// HTML into PDF, save many files into a folder chosen once. Everything goes through the host API.
import { host as defaultHost, type HostApi } from '../host';
import { catalogues } from '../i18n/catalogue';
import type { ExportOutcome } from './export';
import type { GeneratedFile, GenerateRequest } from './generate';
import { startGeneration } from './generate-client';
import { GenerationCancelled } from './generation-cancelled';

type Lang = 'it' | 'en';

export type FolderOutcome = { status: 'saved'; folder: string; paths: string[]; renamed: string[] } | { status: 'cancelled' } | { status: 'pdfUnavailable' };

const filter = (lang: Lang, kind: 'word' | 'pdf' | 'csv') => {
  const names = { word: 'documents.filter.word', pdf: 'documents.filter.pdf', csv: 'documents.filter.csv' } as const;
  return [{ name: catalogues[lang][names[kind]], extensions: [kind === 'word' ? 'docx' : kind] }];
};

const isPdfUnavailable = (error: unknown) => error instanceof Error && error.message.includes('PDF_UNAVAILABLE_IN_BROWSER');

export function saveDocxFile(data: Uint8Array, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  return host.saveFile({ suggestedName: fileName, filters: filter(lang, 'word'), data });
}

export function saveCsvFile(text: string, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  return host.saveFile({ suggestedName: fileName, filters: filter(lang, 'csv'), data: text });
}

/** A printable page as a PDF file; in a browser, the print dialog instead ("Salva come PDF"). */
export async function saveHtmlAsPdf(file: Pick<GeneratedFile, 'data' | 'title' | 'landscape'>, fileName: string, lang: Lang = 'it', host: HostApi = defaultHost): Promise<ExportOutcome> {
  const html = String(file.data);
  let data: Uint8Array;
  try {
    data = await host.htmlToPdf({ html, landscape: file.landscape });
  } catch (error) {
    if (!isPdfUnavailable(error)) throw error;
    const printed = await host.printHtml({ html, title: file.title, landscape: file.landscape });
    return printed.status === 'printed' ? { status: 'printDialog' } : printed;
  }
  return host.saveFile({ suggestedName: fileName, filters: filter(lang, 'pdf'), data });
}

export function printHtmlFile(file: Pick<GeneratedFile, 'data' | 'title' | 'landscape'>, host: HostApi = defaultHost): Promise<ExportOutcome> {
  return host.printHtml({ html: String(file.data), title: file.title, landscape: file.landscape });
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
    let pdf: Uint8Array;
    try {
      pdf = await host.htmlToPdf({ html: String(f.data), landscape: f.landscape });
    } catch (error) {
      if (isPdfUnavailable(error)) return { status: 'pdfUnavailable' };
      throw error;
    }
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
