// The document model as a Word file (.docx). Pure: runs in the renderer, a worker, Node scripts and tests.
//
// The docx library builds the package: styles, the header and footer parts (logo, "Pagina X di Y" fields), the
// images and their relationships. The body, which may hold 300 certificates, is written as WordprocessingML text
// directly (docx/body.ts): the library's object tree costs about 3 ms a page, a string writer a few hundredths.
// So: (1) a small "skeleton" document with one section per distinct header/footer and one paragraph holding every
// body image is packed (docx/skeleton.ts); (2) its document.xml gives the relationship ids of those parts and the
// drawing markup of each image; (3) the skeleton is packed again with our body in place of its document.xml.
import JSZip from 'jszip';
import { BodyWriter } from './docx/body';
import { collectImages, packedSkeleton, Skeleton } from './docx/skeleton';
import { pageSetup, type DocModel } from './model';

export { decodeDataUrl, escapeXml } from './docx/units';

/** The document as the bytes of a .docx file. */
export async function renderDocx(model: DocModel): Promise<Uint8Array> {
  const doc: DocModel = model.sections.length ? model : { ...model, sections: [{ page: pageSetup(), header: null, footer: null, blocks: [] }] };
  const skeleton = new Skeleton();
  collectImages(doc, skeleton);
  const { bytes, parts } = await packedSkeleton(skeleton, doc.title);
  const writer = new BodyWriter(skeleton, parts);
  const body = doc.sections.map((s, i) => writer.section(s, i === doc.sections.length - 1)).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${parts.documentOpen}<w:body>${body}</w:body></w:document>`;
  // The skeleton's package with our body in place of its document.xml: the other parts keep their compressed
  // bytes (JSZip does not compress them again), so only the body is deflated.
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', xml);
  // Level 1: a body of repeated markup (300 certificates, a 300-row sheet) deflates at a third of the time of the
  // default level, for a file a few kilobytes larger.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 }, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
