import { describe, expect, it } from 'vitest';
import { generate, GenerationCancelled, uniqueStems } from '../../../../../src-renderer/lib/documents/generate';
import { certificatePlan } from '../../../../../src-renderer/lib/documents/handouts/certificate';
import { PDFArray, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PdfSplitError } from '../../../../../src-renderer/lib/documents/pdf-split';
import { PART_MARK_PREFIX } from '../../../../../src-renderer/lib/documents/render-html';
import { docxText } from './handouts/docx-text';

/** A PDF as Chromium prints a page with part marks: a link annotation on the first page of each part. */
async function markedPdf(pagesPerSection: number[], order = pagesPerSection.map((_, i) => i)): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const link = (uri: string) => pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 1, 1], A: { S: 'URI', URI: PDFString.of(uri) } }));
  pagesPerSection.forEach((pages, s) => {
    for (let k = 0; k < pages; k++) {
      const page = pdf.addPage([595, 842]);
      const annots = k === 0 ? [link(`${PART_MARK_PREFIX}${order[s]}`)] : [link('https://www.comune.monza.it/')];
      page.node.set(PDFName.of('Annots'), pdf.context.obj(annots));
    }
  });
  return pdf.save();
}
import { input } from './handouts/attendance-fixture';

const OPTIONS = { issueDate: '2026-05-11' };

describe('generating documents as a job', () => {
  it('makes one Word file with every certificate, reporting progress', async () => {
    const { entries } = certificatePlan(input());
    const progress: string[] = [];
    const files = await generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'docx', split: false }, (d, t) => progress.push(`${d}/${t}`));
    expect(files).toHaveLength(1);
    const text = await docxText(files[0]!.data as Uint8Array);
    expect(text).toContain('Fabrizio Làzzari');
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });

  it('makes one printable page for everybody, a marked part per person, to print once and split into "Cognome Nome - Attestato"', async () => {
    const { entries } = certificatePlan(input());
    const files = await generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'html', split: true });
    expect(files).toHaveLength(1);
    expect(files[0]!.parts!.map((p) => p.stem)).toEqual(["D'Amico Nicolò - Attestato", 'Éboli Giulia - Attestato', 'Làzzari Fabrizio - Attestato']);
    const html = files[0]!.data as string;
    expect(html).toContain('Nicolò D&#39;Amico');
    expect(html.match(/class="part-mark"/g)).toHaveLength(3);
  });

  it('splits a PDF printed from marked parts into one file per person, a part of two pages included', async () => {
    const pdf = await markedPdf([1, 2, 1]);
    const progress: string[] = [];
    const parts = [{ stem: 'A', title: 'Attestato – A' }, { stem: 'B', title: 'Attestato – B' }, { stem: 'C', title: 'Attestato – C' }];
    const files = await generate({ kind: 'splitPdf', pdf, parts }, (d, t) => progress.push(`${d}/${t}`));
    const loaded = await Promise.all(files.map((f) => PDFDocument.load(f.data as Uint8Array)));
    expect(loaded.map((d) => d.getPageCount())).toEqual([1, 2, 1]);
    expect(loaded.map((d) => d.getTitle())).toEqual(['Attestato – A', 'Attestato – B', 'Attestato – C']);
    // The marks are gone, other links stay.
    expect(loaded[0]!.getPage(0).node.lookup(PDFName.of('Annots'))).toBeUndefined();
    expect(loaded[1]!.getPage(1).node.lookup(PDFName.of('Annots'), PDFArray).size()).toBe(1);
    expect(progress.at(-1)).toBe('3/3');
  });

  it('refuses to split a PDF whose marks do not match the people, rather than give someone another person’s pages', async () => {
    const parts = [{ stem: 'A', title: 'A' }, { stem: 'B', title: 'B' }, { stem: 'C', title: 'C' }];
    await expect(generate({ kind: 'splitPdf', pdf: await markedPdf([1, 1]), parts })).rejects.toBeInstanceOf(PdfSplitError);
    await expect(generate({ kind: 'splitPdf', pdf: await markedPdf([1, 1, 1], [0, 2, 1]), parts })).rejects.toThrow('non è al suo posto');
  });

  it('stops when cancelled, between two certificates', async () => {
    const { entries } = certificatePlan(input());
    let steps = 0;
    const job = generate({ kind: 'certificates', input: input(), entries, options: OPTIONS, format: 'docx', split: true }, () => steps++, () => steps >= 2);
    await expect(job).rejects.toBeInstanceOf(GenerationCancelled);
  });

  it('never gives two people the same file name', () => {
    expect(uniqueStems(['Rossi Mario - Attestato', 'Rossi Mario - Attestato', 'Bianchi Anna - Attestato'])).toEqual(['Rossi Mario - Attestato', 'Rossi Mario - Attestato (2)', 'Bianchi Anna - Attestato']);
  });
});
