import { describe, expect, it } from 'vitest';
import { printDocument, saveCalendar, saveDocx, savePdf } from '../../../../../src-renderer/lib/documents/export';
import type { HostApi, PdfRequest, PrintRequest, SaveFileRequest } from '../../../../../src-main/preload/api';
import { sampleDoc } from './sample';

function fakeHost(options: { pdf?: 'ok' | 'browser' | 'broken'; print?: 'printed' | 'cancelled' } = {}) {
  const calls: { saved: SaveFileRequest[]; printed: PrintRequest[]; pdf: PdfRequest[] } = { saved: [], printed: [], pdf: [] };
  const host = {
    async saveFile(request: SaveFileRequest) {
      calls.saved.push(request);
      return { status: 'saved' as const, path: `/documenti/${request.suggestedName}` };
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
  it('saves a Word file with the suggested name and a Word filter', async () => {
    const { host, calls } = fakeHost();
    const outcome = await saveDocx(sampleDoc(2), '2026-05-07 Programma - Prova.docx', 'it', host);
    expect(outcome).toEqual({ status: 'saved', path: '/documenti/2026-05-07 Programma - Prova.docx' });
    expect(calls.saved[0]!.filters).toEqual([{ name: 'Documento Word', extensions: ['docx'] }]);
    const data = calls.saved[0]!.data as Uint8Array;
    expect([data[0], data[1]]).toEqual([0x50, 0x4b]); // a zip
  });

  it('turns the printable page into a PDF and saves it', async () => {
    const { host, calls } = fakeHost();
    expect(await savePdf(sampleDoc(2), 'x.pdf', 'it', host)).toMatchObject({ status: 'saved' });
    expect(calls.pdf[0]!.html).toContain('@page');
    expect(calls.pdf[0]!.landscape).toBe(false);
    expect(calls.saved[0]!.filters[0]!.extensions).toEqual(['pdf']);
  });

  it('in a browser, opens the print dialog instead of a PDF and says so', async () => {
    const { host, calls } = fakeHost({ pdf: 'browser' });
    expect(await savePdf(sampleDoc(2), 'x.pdf', 'it', host)).toEqual({ status: 'printDialog' });
    expect(calls.printed).toHaveLength(1);
    expect(calls.saved).toHaveLength(0);
  });

  it('reports a real PDF failure instead of hiding it', async () => {
    const { host } = fakeHost({ pdf: 'broken' });
    await expect(savePdf(sampleDoc(2), 'x.pdf', 'it', host)).rejects.toThrow('disk full');
  });

  it('prints landscape documents in landscape, and a cancelled print is not a success', async () => {
    const doc = sampleDoc(2);
    const landscape = { ...doc, sections: [...doc.sections].reverse() };
    const { host, calls } = fakeHost({ print: 'cancelled' });
    expect(await printDocument(landscape, host)).toEqual({ status: 'cancelled' });
    expect(calls.printed[0]).toMatchObject({ landscape: true, title: 'Documento di prova' });
  });

  it('saves a calendar file as text', async () => {
    const { host, calls } = fakeHost();
    await saveCalendar('BEGIN:VCALENDAR', 'p.ics', 'en', host);
    expect(calls.saved[0]).toMatchObject({ data: 'BEGIN:VCALENDAR', filters: [{ name: 'Calendar', extensions: ['ics'] }] });
  });
});
