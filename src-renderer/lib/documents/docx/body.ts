// The body of a .docx written as WordprocessingML text: the docx library's object tree costs about 3 ms a page, a
// string writer a few hundredths of that, and a body may hold 300 certificates. Headers, footers and images are
// the skeleton's (skeleton.ts), referred to by their ids.
import { A4, textWidth, type Align, type Block, type CellBlock, type DocSection, type ImageRef, type Run, type SignatureBlock, type TableBlock, type TableRow as ModelRow } from '../model';
import { DOC_THEME } from '../theme';
import type { Skeleton, SkeletonParts } from './skeleton';
import { escapeXml, halfPoints, HEADER_DISTANCE_MM, LINE, twips } from './units';

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

function runXml(r: Run, inherited: { size?: number; bold?: boolean }): string {
  const size = r.size ?? inherited.size;
  const bold = r.bold ?? inherited.bold;
  let props = '';
  if (bold) props += '<w:b/><w:bCs/>';
  if (r.italic) props += '<w:i/><w:iCs/>';
  if (r.color && /^[0-9a-fA-F]{6}$/.test(r.color)) props += `<w:color w:val="${r.color}"/>`;
  if (size) props += `<w:sz w:val="${halfPoints(size)}"/><w:szCs w:val="${halfPoints(size)}"/>`;
  const content = escapeXml(r.text)
    .split('\n')
    .map((line) => line.split('\t').map((part) => (part ? `<w:t xml:space="preserve">${part}</w:t>` : '')).join('<w:tab/>'))
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  borderBottom?: boolean;
  spacing?: { before?: number; after?: number; line?: number; exact?: boolean };
  /** Twips from each side. */
  indent?: number;
  align?: Align;
}

function paragraphXml(props: ParagraphProps, content: string): string {
  let p = '';
  if (props.style) p += `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext) p += '<w:keepNext/>';
  if (props.pageBreakBefore) p += '<w:pageBreakBefore/>';
  if (props.borderBottom) p += `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${DOC_THEME.ink}"/></w:pBdr>`;
  const s = props.spacing;
  if (s) {
    // The line and its rule always together (see LINE).
    const attrs = [s.before !== undefined ? ` w:before="${s.before}"` : '', s.after !== undefined ? ` w:after="${s.after}"` : '', ` w:line="${s.line ?? LINE}" w:lineRule="${s.exact ? 'exact' : 'auto'}"`];
    p += `<w:spacing${attrs.join('')}/>`;
  }
  if (props.indent) p += `<w:ind w:left="${props.indent}" w:right="${props.indent}"/>`;
  if (props.align) p += `<w:jc w:val="${JC[props.align]}"/>`;
  // Always a pPr, so a section's properties can be slipped into the last paragraph of the section.
  return `<w:p><w:pPr>${p}</w:pPr>${content}</w:p>`;
}

const tinyParagraph = (extra: ParagraphProps = {}): string => paragraphXml({ ...extra, spacing: { before: 0, after: 0, line: 20, exact: true } }, '');

export class BodyWriter {
  private drawingId = 1000;

  constructor(
    private readonly skeleton: Skeleton,
    private readonly parts: SkeletonParts,
  ) {}

  section(section: DocSection, last: boolean): string {
    const width = textWidth(section.page);
    const items = section.blocks.flatMap((b) => this.block(b, width));
    const sectPr = this.sectPr(section);
    if (last) return `${items.join('')}${sectPr}`;
    // The section's properties go in its last paragraph; a table at the end needs a (hairline) paragraph after it.
    const end = items.length ? items[items.length - 1]! : '';
    if (end.startsWith('<w:p>')) {
      items[items.length - 1] = end.replace('</w:pPr>', `${sectPr}</w:pPr>`);
    } else {
      items.push(tinyParagraph().replace('</w:pPr>', `${sectPr}</w:pPr>`));
    }
    return items.join('');
  }

  private sectPr(section: DocSection): string {
    const chrome = this.parts.chromes[this.skeleton.chromeOf(section)]!;
    const { margins, orientation } = section.page;
    const landscape = orientation === 'landscape';
    const w = twips(landscape ? A4.height : A4.width);
    const h = twips(landscape ? A4.width : A4.height);
    return (
      `<w:sectPr><w:headerReference w:type="default" r:id="${chrome.header}"/><w:footerReference w:type="default" r:id="${chrome.footer}"/>` +
      `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>` +
      `<w:pgMar w:top="${twips(margins.top)}" w:right="${twips(margins.right)}" w:bottom="${twips(margins.bottom)}" w:left="${twips(margins.left)}" w:header="${twips(HEADER_DISTANCE_MM)}" w:footer="${twips(HEADER_DISTANCE_MM)}" w:gutter="0"/>` +
      `<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`
    );
  }

  private block(block: Block, width: number): string[] {
    switch (block.kind) {
      case 'pageBreak':
        return [tinyParagraph({ pageBreakBefore: true })];
      case 'partMark':
        return [];
      case 'signature':
        return [this.signature(block, width)];
      case 'table':
        return [this.table(block, width)];
      default:
        return [this.cellBlock(block)];
    }
  }

  /** `inTable.keepNext`: the row is joined to the next one, which Word keeps on the same page through its paragraphs. */
  private cellBlock(block: CellBlock, inTable?: { size: number; bold: boolean; keepNext?: boolean }): string {
    const keepNext = inTable?.keepNext === true;
    switch (block.kind) {
      case 'heading':
        return paragraphXml({ style: `Heading${block.level}`, align: block.align, keepNext }, runXml({ text: block.text }, {}));
      case 'paragraph': {
        const after = Math.round((block.spaceAfter ?? (inTable ? 2 : 6)) * 20);
        const inherited = { size: block.size ?? inTable?.size, bold: inTable?.bold };
        return paragraphXml({ align: block.align, keepNext: block.keepWithNext || keepNext, spacing: { after } }, block.runs.map((r) => runXml(r, inherited)).join(''));
      }
      case 'image':
        // An explicit "auto" line rule, so the line grows to the image's height in every reader (LibreOffice
        // otherwise applies the style's line spacing as a fixed height and cuts the image).
        return paragraphXml({ align: block.align, keepNext, spacing: { after: 0, line: 240 } }, this.drawing(block.image));
      case 'imageRow': {
        // Inline images sit on the baseline, so their bottoms line up; the gap is a run of spaces (8 pt Arial:
        // a space is 0.278 em, about 0.78 mm).
        const spaces = Math.max(1, Math.round(block.gap / 0.78));
        const gap = `<w:r><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:t xml:space="preserve">${' '.repeat(spaces)}</w:t></w:r>`;
        return paragraphXml({ align: block.align, keepNext, spacing: { after: 0, line: 240 } }, block.images.map((image) => this.drawing(image)).join(gap));
      }
      case 'spacer':
        return paragraphXml({ keepNext, spacing: { before: 0, after: 0, line: Math.max(20, twips(block.height)), exact: true } }, '');
    }
  }

  private drawing(image: ImageRef): string {
    const template = this.parts.drawings[this.skeleton.imageOf(image)]!;
    const id = this.drawingId++;
    return `<w:r>${template.replace(/(<wp:docPr id=")\d+/, `$1${id}`).replace(/(<pic:cNvPr id=")\d+/, `$1${id}`)}</w:r>`;
  }

  private table(block: TableBlock, width: number): string {
    const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
    const widths = block.columns.map((c) => twips((c.width / total) * width));
    const size = block.size ?? DOC_THEME.tableSize;
    const lineColour = block.borderColor && /^[0-9a-fA-F]{6}$/.test(block.borderColor) ? block.borderColor : DOC_THEME.line;
    const line = `w:val="single" w:sz="${block.borderColor ? 6 : 4}" w:space="0" w:color="${lineColour}"`;
    const none = 'w:val="nil"';
    const b = block.borders === 'grid' ? [line, line, line, line, line, line] : block.borders === 'rows' ? [line, none, line, none, line, none] : [none, none, none, none, none, none];
    const borders = `<w:tblBorders><w:top ${b[0]}/><w:left ${b[1]}/><w:bottom ${b[2]}/><w:right ${b[3]}/><w:insideH ${b[4]}/><w:insideV ${b[5]}/></w:tblBorders>`;
    const pad = block.borders === 'none' ? { v: 0, h: 0 } : { v: twips(1.6), h: twips(2) };
    const cellMargins = `<w:tblCellMar><w:top w:w="${pad.v}" w:type="dxa"/><w:left w:w="${pad.h}" w:type="dxa"/><w:bottom w:w="${pad.v}" w:type="dxa"/><w:right w:w="${pad.h}" w:type="dxa"/></w:tblCellMar>`;
    const tableWidth = widths.reduce((a, c) => a + c, 0);
    let xml = `<w:tbl><w:tblPr><w:tblW w:w="${tableWidth}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/>${cellMargins}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    const headerShading = block.headerShading ?? DOC_THEME.headerShading;
    // The lines again on every cell: LibreOffice draws only cell borders, Word both (they coincide).
    const slim = (edge: string) => edge.replace(' w:space="0"', '');
    // A row joined to the next (one card in two rows) has no line between them, on either side of the edge.
    const cellBorders = (joinedAbove: boolean, joinedBelow: boolean) =>
      block.borders === 'none' ? '' : `<w:tcBorders><w:top ${joinedAbove ? none : slim(b[0]!)}/><w:left ${slim(b[1]!)}/><w:bottom ${joinedBelow ? none : slim(b[2]!)}/><w:right ${slim(b[1]!)}/></w:tcBorders>`;
    block.header.forEach((r) => (xml += this.row(r, widths, size, true, r.shading ?? headerShading, cellBorders(false, false))));
    block.rows.forEach((r, i) => {
      const above = i > 0 && block.rows[i - 1]!.joinWithNext === true;
      xml += this.row(r, widths, size, false, r.shading ?? (block.zebra && i % 2 === 1 ? block.zebra : undefined), cellBorders(above, r.joinWithNext === true));
    });
    return `${xml}</w:tbl>`;
  }

  private row(r: ModelRow, widths: number[], size: number, header: boolean, shading: string | undefined, cellBorders: string): string {
    const height = r.exactHeight ?? r.minHeight;
    let trPr = '<w:cantSplit/>';
    if (height) trPr += `<w:trHeight w:val="${twips(height)}" w:hRule="${r.exactHeight ? 'exact' : 'atLeast'}"/>`;
    if (header) trPr += '<w:tblHeader/>';
    let xml = `<w:tr><w:trPr>${trPr}</w:trPr>`;
    let column = 0;
    for (const c of r.cells) {
      const span = Math.max(1, c.colSpan ?? 1);
      const cellWidth = widths.slice(column, column + span).reduce((a, w) => a + w, 0);
      column += span;
      const fill = c.shading ?? shading;
      let tcPr = `<w:tcW w:w="${cellWidth}" w:type="dxa"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      tcPr += cellBorders;
      if (fill && /^[0-9a-fA-F]{6}$/.test(fill)) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
      if (c.verticalAlign && c.verticalAlign !== 'top') tcPr += `<w:vAlign w:val="${c.verticalAlign}"/>`;
      const blocks = c.blocks.map((block) => {
        const aligned = c.align && (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'image' || block.kind === 'imageRow') && !block.align ? { ...block, align: c.align } : block;
        return this.cellBlock(aligned, { size, bold: header, keepNext: r.joinWithNext === true });
      });
      xml += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${blocks.length ? blocks.join('') : paragraphXml({ spacing: { after: 0 } }, '')}</w:tc>`;
    }
    return `${xml}</w:tr>`;
  }

  private signature({ placeAndDate, role, name, image }: SignatureBlock, width: number): string {
    const half = twips(width / 2);
    const none = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
    const centred = (text: string, bold = false) => paragraphXml({ align: 'center', spacing: { after: 0 } }, runXml({ text, bold }, {}));
    return (
      `<w:tbl><w:tblPr><w:tblW w:w="${half * 2}" w:type="dxa"/>${none}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${half}"/></w:tblGrid>` +
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
      `<w:tc><w:tcPr><w:tcW w:w="${half}" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>${paragraphXml({ spacing: { after: 0 } }, runXml({ text: placeAndDate }, {}))}</w:tc>` +
      (image
        ? // The scanned signature between the role and the name, where a hand would sign.
          `<w:tc><w:tcPr><w:tcW w:w="${half}" w:type="dxa"/></w:tcPr>${centred(role)}${paragraphXml({ align: 'center', spacing: { before: 60, after: 60, line: 240 } }, this.drawing(image))}${centred(name, true)}</w:tc>`
        : `<w:tc><w:tcPr><w:tcW w:w="${half}" w:type="dxa"/></w:tcPr>${centred(role)}${centred(name, true)}` +
          `${paragraphXml({ spacing: { before: 0, after: 0, line: twips(14), exact: true } }, '')}${paragraphXml({ borderBottom: true, indent: twips(8), align: 'center', spacing: { after: 0 } }, '')}</w:tc>`) +
      `</w:tr></w:tbl>`
    );
  }
}
