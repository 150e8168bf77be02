// One PDF printed once for many people, split into one file per person: printing 300 certificates one by one
// took minutes, printing them together takes seconds. The page ranges come from the part marks (`partMark`
// blocks) that render-html.ts writes as invisible links: Chromium keeps each as a link annotation on the page
// where the part starts, so a part of several pages is split right too.
// The marks are removed from the files written. pdf-lib reads and writes the PDFs. Pure: runs in the worker.
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import { PART_MARK_PREFIX } from './render-html';

export interface PageRange {
  /** Zero-based, inclusive. */
  first: number;
  last: number;
}

export class PdfSplitError extends Error {}

function markOf(annotation: PDFDict): number | null {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
  const text = uri?.decodeText() ?? '';
  if (!text.startsWith(PART_MARK_PREFIX)) return null;
  const n = Number(text.slice(PART_MARK_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function annotationsOf(page: PDFPage): PDFArray | undefined {
  return page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
}

/** The part marks on each page, in page order. */
function marksByPage(pdf: PDFDocument): number[][] {
  return pdf.getPages().map((page) => {
    const annotations = annotationsOf(page);
    const marks: number[] = [];
    if (annotations) {
      for (let i = 0; i < annotations.size(); i++) {
        const a = annotations.lookupMaybe(i, PDFDict);
        const mark = a ? markOf(a) : null;
        if (mark !== null) marks.push(mark);
      }
    }
    return marks;
  });
}

/**
 * Which pages belong to each of `count` parts: from the page with its mark to the page before the next
 * mark. Refuses (PdfSplitError) when a mark is missing, doubled or out of order, rather than guess.
 */
export function partPageRanges(pdf: PDFDocument, count: number): PageRange[] {
  const byPage = marksByPage(pdf);
  const starts: number[] = [];
  byPage.forEach((marks, page) => {
    for (const mark of marks) {
      if (mark !== starts.length) throw new PdfSplitError(`Impossibile dividere il PDF: la parte ${mark + 1} non è al suo posto.`);
      starts.push(page);
    }
  });
  if (starts.length !== count) throw new PdfSplitError(`Impossibile dividere il PDF: trovate ${starts.length} parti su ${count}.`);
  return starts.map((first, i) => ({ first, last: (i + 1 < starts.length ? starts[i + 1]! : byPage.length) - 1 })).map((r) => ({ first: r.first, last: Math.max(r.first, r.last) }));
}

/** Drops the part marks from a page, keeping any other annotation. */
function removeMarks(page: PDFPage): void {
  const annotations = annotationsOf(page);
  if (!annotations) return;
  for (let i = annotations.size() - 1; i >= 0; i--) {
    const a = annotations.lookupMaybe(i, PDFDict);
    if (a && markOf(a) !== null) annotations.remove(i);
  }
  if (annotations.size() === 0) page.node.delete(PDFName.of('Annots'));
}

/**
 * Splits a PDF printed with part marks into one PDF per part, titled as given; `onProgress` after each
 * file, `isCancelled` asked between files (a cancelled split throws `cancelled()`'s error).
 */
export async function splitPdfByParts(
  bytes: Uint8Array,
  titles: string[],
  options: { onProgress?: (done: number, total: number) => void; check?: () => void } = {},
): Promise<Uint8Array[]> {
  // In the worker nothing waits on us: parse and write without yielding between objects.
  const source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ranges = partPageRanges(source, titles.length);
  const out: Uint8Array[] = [];
  options.onProgress?.(0, ranges.length);
  for (const [i, range] of ranges.entries()) {
    options.check?.();
    const part = await PDFDocument.create({ updateMetadata: false });
    const indices = Array.from({ length: range.last - range.first + 1 }, (_, k) => range.first + k);
    for (const page of await part.copyPages(source, indices)) {
      removeMarks(page);
      part.addPage(page);
    }
    part.setTitle(titles[i]!);
    part.setProducer('Ospita');
    part.setCreator('Ospita');
    out.push(await part.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }));
    options.onProgress?.(i + 1, ranges.length);
  }
  return out;
}

/** The same PDF without its part marks. */
export async function withoutPartMarks(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.getPages().forEach(removeMarks);
  return pdf.save({ useObjectStreams: false });
}
