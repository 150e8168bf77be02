// Fills an office's Word template with docxtemplater, which finds placeholders even where Word split them across
// runs. One person's file is the template filled once. Everybody in one Word file is the template's body
// repeated once per person, a page apart, inside the same package: its headers, footers, styles and images are
// the template's own, shared by every page. Pure: runs in the document worker, in Node and in the tests.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { TEMPLATE_OPTIONS } from './check';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The loop that repeats the body; a name no office template uses (placeholders are plain words). */
const PEOPLE_LOOP = '__ospita_persone';
const PAGE_BREAK = '__ospita_nuova_pagina';
const PART = '__ospita_parte';
/** The text of a person's part mark in a filled template meant for PDF (see docx-html.ts). */
export const PART_MARK_TEXT = (index: number) => `[[ospita-parte-${index}]]`;
export const PART_MARK_PATTERN = /^\[\[ospita-parte-(\d+)\]\]$/;

export { base64ToBytes, bytesToBase64 } from './base64';

function render(zip: PizZip, data: object): Uint8Array {
  const doc = new Docxtemplater(zip, { ...TEMPLATE_OPTIONS, nullGetter: () => '' });
  doc.render(data);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE', mimeType: DOCX_MIME }) as Uint8Array;
}

/** The template filled with one set of values. */
export function fillTemplate(template: Uint8Array, data: object): Uint8Array {
  return render(new PizZip(template), data);
}

/** A paragraph holding only a loop tag (docxtemplater's paragraphLoop drops it from the output). */
const tagParagraph = (tag: string) => `<w:p><w:r><w:t>{${tag}}</w:t></w:r></w:p>`;

/**
 * The template's document.xml with its body wrapped in a loop over the people: each starts on a new page (a
 * hairline paragraph with "page break before", as Ospita's own certificates), the section properties at the end
 * of the body stay outside the loop so every page keeps the template's page size, headers and footers.
 */
export function repeatBody(documentXml: string, partMarks = false): string {
  const open = /<w:body>/.exec(documentXml);
  const lastSectPr = documentXml.lastIndexOf('<w:sectPr');
  const close = documentXml.lastIndexOf('</w:body>');
  if (!open || close < 0) throw new Error('Il modello non ha il corpo del documento.');
  // The body's own section properties are its last child; a sectPr inside a paragraph belongs to that paragraph.
  const bodyEnd = lastSectPr > open.index && documentXml.lastIndexOf('</w:p>', close) < lastSectPr && documentXml.lastIndexOf('</w:tbl>', close) < lastSectPr ? lastSectPr : close;
  const start = open.index + open[0].length;
  const breakBefore = `<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>`;
  const body = documentXml.slice(start, bodyEnd);
  // Each person's mark for the PDF: a hairline paragraph holding only the mark's text, replaced on the page.
  const markParagraph = `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>{${PART}}</w:t></w:r></w:p>`;
  return (
    documentXml.slice(0, start) +
    tagParagraph(`#${PEOPLE_LOOP}`) +
    tagParagraph(`#${PAGE_BREAK}`) +
    breakBefore +
    tagParagraph(`/${PAGE_BREAK}`) +
    (partMarks ? markParagraph : '') +
    body +
    tagParagraph(`/${PEOPLE_LOOP}`) +
    documentXml.slice(bodyEnd)
  );
}

/** Drawings repeated by the loop share their ids; Word wants each unique, so they are numbered again. */
export function renumberDrawings(documentXml: string): string {
  let id = 1;
  return documentXml.replace(/(<wp:docPr\b[^>]*?\sid=")\d+(")/g, (_, a: string, b: string) => `${a}${id++}${b}`);
}

/**
 * Everybody's certificate in one Word file: the template's body once per person, each from a new page. With
 * `partMarks` (for a PDF to split per person) each person's pages start with the text of a part mark.
 */
export function fillTemplateForAll(template: Uint8Array, people: object[], options: { partMarks?: boolean } = {}): Uint8Array {
  const zip = new PizZip(template);
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', repeatBody(xml, options.partMarks));
  const filled = new PizZip(render(zip, { [PEOPLE_LOOP]: people.map((p, i) => ({ ...p, [PAGE_BREAK]: i > 0, [PART]: PART_MARK_TEXT(i) })) }));
  filled.file('word/document.xml', renumberDrawings(filled.file('word/document.xml')!.asText()));
  return filled.generate({ type: 'uint8array', compression: 'DEFLATE', mimeType: DOCX_MIME }) as Uint8Array;
}
