// Reads back what a .docx says: the text of word/document.xml, for tests that check people, dates and hours.
import JSZip from 'jszip';

export async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

/** The visible text of the body, paragraph by paragraph (XML entities decoded). */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return xmlText(await docxXml(bytes));
}
