import { describe, expect, it } from 'vitest';
import { pageOf, printPage, saveFile, saveFilesToFolder, savePdf } from '../../../../../src-renderer/lib/documents/export';
import type { GeneratedFile } from '../../../../../src-renderer/lib/documents/generate';
import { GenerationCancelled } from '../../../../../src-renderer/lib/documents/generation-cancelled';
import type { HostApi, PdfRequest, PrintRequest, SaveFileRequest, SaveFilesRequest } from '../../../../../src-main/preload/api';
import { sampleDoc } from './sample';

function fakeHost(options: { pdf?: 'ok' | 'browser' | 'broken'; print?: 'printed' | 'cancelled' } = {}) {
  const calls: { saved: SaveFileRequest[]; printed: PrintRequest[]; pdf: PdfRequest[]; folders: SaveFilesRequest[] } = { saved: [], printed: [], pdf: [], folders: [] };
  const host = {
    async saveFile(request: SaveFileRequest) {
      calls.saved.push(request);
      return { status: 'saved' as const, path: `/documenti/${request.suggestedName}` };
    },
    async saveFilesToFolder(request: SaveFilesRequest) {
      calls.folders.push(request);
      return { status: 'saved' as const, folder: '/attestati', paths: request.files.map((f) => `/attestati/${f.name}`), renamed: [] };
    },
    async printHtml(request: PrintRequest) {
      calls.printed.push(request);
      return { status: options.print ?? 'printed' } as const;
    },
    async htmlToPdf(request: PdfRequest) {
      calls.pdf.push(request);
      if (options.pdf === 'browser') throw new Error('PDF_UNAVAILABLE_IN_BROWSER');
      if (options.pdf === 'broken') throw new Error('disk full');
      return new TextEncoder().encode('%PDF-1.7');
    },
  } as unknown as HostApi;
  return { host, calls };
}

describe('handing documents to the host', () => {
  it('saves a file with the suggested name and the filter of its kind, in the user’s language', async () => {
    const { host, calls } = fakeHost();
    const outcome = await saveFile(new Uint8Array([0x50, 0x4b]), '2026-05-07 Programma - Prova.docx', 'it', host);
    expect(outcome).toEqual({ status: 'saved', path: '/documenti/2026-05-07 Programma - Prova.docx' });
    expect(calls.saved[0]!.filters).toEqual([{ name: 'Documento Word', extensions: ['docx'] }]);
    await saveFile('BEGIN:VCALENDAR', 'p.ics', 'en', host);
    expect(calls.saved[1]).toMatchObject({ data: 'BEGIN:VCALENDAR', filters: [{ name: 'Calendar', extensions: ['ics'] }] });
    await saveFile('a;b', 'Registro.CSV', 'it', host);
    expect(calls.saved[2]!.filters).toEqual([{ name: 'File CSV (Excel)', extensions: ['csv'] }]);
  });

  it('refuses a kind of file it does not know rather than offering a wrong filter', async () => {
    const { host, calls } = fakeHost();
    expect(() => saveFile('x', 'autorun.inf', 'it', host)).toThrow(/autorun\.inf/);
    expect(calls.saved).toHaveLength(0);
  });

  it('turns the printable page into a PDF and saves it', async () => {
    const { host, calls } = fakeHost();
    expect(await savePdf(pageOf(sampleDoc(2)), 'x.pdf', 'it', host)).toMatchObject({ status: 'saved' });
    expect(calls.pdf[0]!.html).toContain('@page');
    expect(calls.pdf[0]!.landscape).toBe(false);
    expect(calls.saved[0]!.filters[0]!.extensions).toEqual(['pdf']);
  });

  it('in a browser, opens the print dialog instead of a PDF and says so', async () => {
    const { host, calls } = fakeHost({ pdf: 'browser' });
    expect(await savePdf(pageOf(sampleDoc(2)), 'x.pdf', 'it', host)).toEqual({ status: 'printDialog' });
    expect(calls.printed).toHaveLength(1);
    expect(calls.saved).toHaveLength(0);
  });

  it('reports a real PDF failure instead of hiding it', async () => {
    const { host } = fakeHost({ pdf: 'broken' });
    await expect(savePdf(pageOf(sampleDoc(2)), 'x.pdf', 'it', host)).rejects.toThrow('disk full');
  });

  it('prints landscape documents in landscape, and a cancelled print is not a success', async () => {
    const doc = sampleDoc(2);
    const landscape = { ...doc, sections: [...doc.sections].reverse() };
    const { host, calls } = fakeHost({ print: 'cancelled' });
    expect(await printPage(pageOf(landscape), host)).toEqual({ status: 'cancelled' });
    expect(calls.printed[0]).toMatchObject({ landscape: true, title: 'Documento di prova' });
  });
});

describe('many files into one folder', () => {
  const file = (stem: string): GeneratedFile => ({ stem, data: `<html>${stem}</html>`, title: stem, landscape: false });

  it('saves Word files as they are, named by their stems, with progress per file', async () => {
    const { host, calls } = fakeHost();
    const progress: number[] = [];
    const words = [file('Rossi Maria - Attestato'), file('Bianchi Luca - Attestato')].map((f) => ({ ...f, data: new Uint8Array([1]) }));
    const outcome = await saveFilesToFolder(words, { purpose: 'attestati', extension: 'docx', onProgress: (done) => progress.push(done) }, host);
    expect(outcome).toMatchObject({ status: 'saved', paths: ['/attestati/Rossi Maria - Attestato.docx', '/attestati/Bianchi Luca - Attestato.docx'] });
    expect(calls.folders[0]).toMatchObject({ purpose: 'attestati', chooseFolder: false });
    expect(progress).toEqual([1, 2]);
  });

  it('prints each page to PDF; in a browser says PDFs one by one cannot be made, and writes nothing', async () => {
    const { host, calls } = fakeHost();
    await saveFilesToFolder([file('A')], { purpose: 'attestati', extension: 'pdf', chooseFolder: true }, host);
    expect(calls.folders[0]!.files.map((f) => f.name)).toEqual(['A.pdf']);
    expect(calls.folders[0]!.chooseFolder).toBe(true);
    const browser = fakeHost({ pdf: 'browser' });
    expect(await saveFilesToFolder([file('A')], { purpose: 'attestati', extension: 'pdf' }, browser.host)).toEqual({ status: 'pdfUnavailable' });
    expect(browser.calls.folders).toHaveLength(0);
  });

  it('stops before writing anything once cancelled', async () => {
    const { host, calls } = fakeHost();
    let cancelled = false;
    const run = saveFilesToFolder([file('A'), file('B')], { purpose: 'attestati', extension: 'pdf', isCancelled: () => cancelled, onProgress: () => {} }, {
      ...host,
      htmlToPdf: async (request: PdfRequest) => {
        cancelled = true;
        return host.htmlToPdf(request);
      },
    } as HostApi);
    await expect(run).rejects.toBeInstanceOf(GenerationCancelled);
    expect(calls.folders).toHaveLength(0);
  });
});
