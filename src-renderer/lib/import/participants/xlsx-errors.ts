// The error cells of an .xlsx's first sheet (#DIV/0!, #REF!, #N/A…). read-excel-file reads them as empty
// cells and says nothing, and a row made only of them disappears; this finds them in the sheet's XML, so the
// importer can name each one. The first sheet is found as read-excel-file finds it: the first <sheet> of
// workbook.xml, through its relationship to a file. Only these few fixed, machine-written tags are looked at.
import JSZip from 'jszip';
import { cellError, columnIndex, type CellError } from './cells';

const attr = (tag: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];

async function firstSheetPath(zip: JSZip): Promise<string | null> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return null;
  const sheet = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const id = sheet && (attr(sheet, '(?:\\w+:)?id'));
  if (!id) return null;
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    if (attr(tag, 'Id') !== id) continue;
    const target = attr(tag, 'Target');
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

/** Every error cell of the first sheet, in sheet order. An unreadable workbook gives none (read-excel-file judges it). */
export async function xlsxErrorCells(bytes: Uint8Array): Promise<CellError[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const path = await firstSheetPath(zip);
  const xml = path ? await zip.file(path)?.async('string') : undefined;
  if (!xml) return [];
  const found: CellError[] = [];
  const cells = /<(?:\w+:)?c(\s[^>]*?)?(\/?)>/g;
  const closing = /<\/(?:\w+:)?c>/g;
  for (let m = cells.exec(xml); m; m = cells.exec(xml)) {
    const attributes = m[1] ?? '';
    if (m[2] === '/' || attr(attributes, 't') !== 'e') continue;
    const at = /^([A-Za-z]+)(\d+)$/.exec(attr(attributes, 'r') ?? '');
    closing.lastIndex = cells.lastIndex;
    const end = closing.exec(xml)?.index ?? xml.length;
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(xml.slice(cells.lastIndex, end))?.[1];
    if (at && value) found.push(cellError(Number(at[2]), columnIndex(at[1]!), value));
  }
  return found;
}
