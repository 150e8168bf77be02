// The document model as a Word file (.docx). Pure: runs in the renderer, a worker, Node scripts and tests.
//
// The docx library builds the package: styles, the header and footer parts (logo, "Pagina X di Y" fields), the
// images and their relationships. The body, which may hold 300 certificates, is written here as WordprocessingML
// text directly: the library's object tree costs about 3 ms a page, a string writer a few hundredths of that.
// So: (1) a small "skeleton" document with one section per distinct header/footer and one paragraph holding every
// body image is packed; (2) its document.xml gives the relationship ids of those parts and the drawing markup of
// each image; (3) the skeleton is packed again with our body in place of its document.xml.
import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { A4, pageSetup, textWidth, type Align, type Block, type CellBlock, type DocModel, type DocSection, type ImageRef, type PageFooter, type PageHeader, type Run, type SignatureBlock, type TableBlock, type TableRow as ModelRow } from './model';
import { DOC_THEME } from './theme';

const TWIPS_PER_MM = 1440 / 25.4;
const PX_PER_MM = 96 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number): number => Math.round(pt * 2);
/**
 * Line height of body text: 1.1 lines, always with its rule written out. Without `w:lineRule` LibreOffice reads a
 * line value as an exact height, so a wrapped name was drawn with its two lines on top of each other.
 */
const LINE = 264;
const AUTO_LINE = { line: LINE, lineRule: LineRuleType.AUTO } as const;
const HEADER_DISTANCE_MM = 8;

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 refuses (control characters other than tab, line feed, carriage return). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function decodeDataUrl(dataUrl: string): { type: 'png' | 'jpg'; data: Uint8Array } {
  const match = /^data:image\/(png|jpeg|jpg);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Immagine non valida: serve un PNG o un JPEG.');
  const binary = atob(match[2]!.replace(/\s/g, ''));
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return { type: match[1] === 'png' ? 'png' : 'jpg', data };
}

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

// ---------------------------------------------------------------------------------------------------------------
// The skeleton: what the docx library makes for us

interface Chrome {
  header: PageHeader | null;
  footer: PageFooter | null;
  width: number;
}

function imageKey(image: ImageRef): string {
  return `${image.width}x${image.height}:${image.dataUrl}`;
}

class Skeleton {
  readonly chromes: Chrome[] = [];
  readonly images: ImageRef[] = [];
  private readonly imageIndex = new Map<string, number>();
  private readonly decoded = new Map<string, { type: 'png' | 'jpg'; data: Uint8Array }>();

  chromeOf(section: DocSection): number {
    const width = textWidth(section.page);
    const found = this.chromes.findIndex((c) => c.width === width && sameHeader(c.header, section.header) && sameFooter(c.footer, section.footer));
    if (found >= 0) return found;
    this.chromes.push({ header: section.header, footer: section.footer, width });
    return this.chromes.length - 1;
  }

  imageOf(image: ImageRef): number {
    const key = imageKey(image);
    let index = this.imageIndex.get(key);
    if (index === undefined) {
      index = this.images.length;
      this.images.push(image);
      this.imageIndex.set(key, index);
    }
    return index;
  }

  document(title: string): Document {
    const sections: ISectionOptions[] = this.chromes.map((chrome, i) => ({
      properties: {},
      headers: { default: new Header({ children: chrome.header ? this.header(chrome.header, chrome.width) : [new Paragraph({})] }) },
      footers: { default: new Footer({ children: [this.footer(chrome.footer, chrome.width)] }) },
      children: [new Paragraph({ children: i === 0 ? this.images.map((image) => this.imageRun(image)) : [] })],
    }));
    return new Document({
      title,
      creator: 'Ospita',
      description: title,
      styles: {
        default: {
          document: {
            run: { font: DOC_THEME.docxFont, size: halfPoints(DOC_THEME.bodySize), color: DOC_THEME.ink },
            paragraph: { spacing: { after: 120, ...AUTO_LINE } },
          },
          heading1: { run: { font: DOC_THEME.docxFont, size: halfPoints(DOC_THEME.headingSizes[1]), bold: true, color: DOC_THEME.primaryDark }, paragraph: { spacing: { before: 120, after: 160, ...AUTO_LINE }, keepNext: true } },
          heading2: { run: { font: DOC_THEME.docxFont, size: halfPoints(DOC_THEME.headingSizes[2]), bold: true, color: DOC_THEME.primary }, paragraph: { spacing: { before: 240, after: 100, ...AUTO_LINE }, keepNext: true } },
          heading3: { run: { font: DOC_THEME.docxFont, size: halfPoints(DOC_THEME.headingSizes[3]), bold: true, color: DOC_THEME.ink }, paragraph: { spacing: { before: 160, after: 80, ...AUTO_LINE }, keepNext: true } },
        },
      },
      sections,
    });
  }

  private imageRun(image: ImageRef): ImageRun {
    let decoded = this.decoded.get(image.dataUrl);
    if (!decoded) {
      decoded = decodeDataUrl(image.dataUrl);
      this.decoded.set(image.dataUrl, decoded);
    }
    return new ImageRun({
      type: decoded.type,
      data: decoded.data,
      transformation: { width: Math.round(image.width * PX_PER_MM), height: Math.round(image.height * PX_PER_MM) },
      ...(image.alt ? { altText: { name: image.alt, description: image.alt, title: image.alt } } : { decorative: true }),
    });
  }

  private header(header: PageHeader, width: number): (Paragraph | Table)[] {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
    const lines = header.lines.map(
      (line, i) =>
        new Paragraph({
          spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text: line, bold: i === 0, size: halfPoints(i === 0 ? 10.5 : 8.5), color: i === 0 ? DOC_THEME.primaryDark : DOC_THEME.muted })],
        }),
    );
    const logoWidth = header.logo ? header.logo.width + 4 : 0;
    const cells: TableCell[] = [];
    if (header.logo) {
      cells.push(
        new TableCell({
          width: { size: twips(logoWidth), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [this.imageRun(header.logo)] })],
        }),
      );
    }
    cells.push(new TableCell({ width: { size: twips(width - logoWidth), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: lines.length ? lines : [new Paragraph({})] }));
    const table = new Table({
      width: { size: twips(width), type: WidthType.DXA },
      columnWidths: header.logo ? [twips(logoWidth), twips(width - logoWidth)] : [twips(width)],
      layout: TableLayoutType.FIXED,
      borders: { top: none, left: none, right: none, insideHorizontal: none, insideVertical: none, bottom: { style: BorderStyle.SINGLE, size: 8, color: DOC_THEME.primary } },
      rows: [new TableRow({ cantSplit: true, children: cells })],
    });
    return [table, new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] })];
  }

  private footer(footer: PageFooter | null, width: number): Paragraph {
    if (!footer) return new Paragraph({});
    const children: TextRun[] = [new TextRun({ text: footer.text, size: halfPoints(8), color: DOC_THEME.muted })];
    if (footer.pageNumbers) {
      children.push(
        new TextRun({
          size: halfPoints(8),
          color: DOC_THEME.muted,
          children: [new Tab(), `${footer.pageNumbers.page} `, PageNumber.CURRENT, ` ${footer.pageNumbers.of} `, PageNumber.TOTAL_PAGES],
        }),
      );
    }
    return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: twips(width) }], alignment: AlignmentType.LEFT, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children });
  }
}

function sameHeader(a: PageHeader | null, b: PageHeader | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.logo?.dataUrl === b.logo?.dataUrl && a.logo?.width === b.logo?.width && a.logo?.height === b.logo?.height && a.lines.join('\n') === b.lines.join('\n');
}

function sameFooter(a: PageFooter | null, b: PageFooter | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.text === b.text && a.pageNumbers?.page === b.pageNumbers?.page && a.pageNumbers?.of === b.pageNumbers?.of;
}

/** What the packed skeleton tells us: per chrome the header/footer relationship ids, per image its drawing. */
interface SkeletonParts {
  chromes: { header: string; footer: string }[];
  drawings: string[];
  /** The <w:document ...> opening tag with every namespace declaration. */
  documentOpen: string;
}

async function readSkeleton(zip: JSZip, chromeCount: number, imageCount: number): Promise<SkeletonParts> {
  const xml = await zip.file('word/document.xml')!.async('string');
  const documentOpen = /<w:document[^>]*>/.exec(xml)![0];
  const sectPrs = [...xml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]!);
  const chromes = sectPrs.slice(0, chromeCount).map((s) => ({
    header: /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1] ?? '',
    footer: /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(s)?.[1] ?? '',
  }));
  const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]).slice(0, imageCount);
  if (chromes.length !== chromeCount || drawings.length !== imageCount) throw new Error('Impossibile preparare il documento Word.');
  return { chromes, drawings, documentOpen };
}

// ---------------------------------------------------------------------------------------------------------------
// The body

class BodyWriter {
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

/** Every image the body draws, collected before the skeleton is made. */
function collectImages(doc: DocModel, skeleton: Skeleton): void {
  const visit = (b: Block | CellBlock): void => {
    if (b.kind === 'image') skeleton.imageOf(b.image);
    else if (b.kind === 'signature' && b.image) skeleton.imageOf(b.image);
    else if (b.kind === 'imageRow') b.images.forEach((image) => skeleton.imageOf(image));
    else if (b.kind === 'table') for (const r of [...b.header, ...b.rows]) for (const c of r.cells) c.blocks.forEach(visit);
  };
  for (const s of doc.sections) {
    skeleton.chromeOf(s);
    s.blocks.forEach(visit);
  }
}

/** Packed skeletons by what they hold: 300 certificates, or the same handout again, reuse the same package. */
const skeletonCache = new Map<string, Promise<{ bytes: Uint8Array; parts: SkeletonParts }>>();
const SKELETON_CACHE_SIZE = 8;

function skeletonKey(skeleton: Skeleton, title: string): string {
  const chromes = skeleton.chromes.map((c) => [c.width, c.header?.lines, c.header?.logo && imageKey(c.header.logo), c.footer?.text, c.footer?.pageNumbers]);
  return JSON.stringify([title, chromes, skeleton.images.map(imageKey)]);
}

function packedSkeleton(skeleton: Skeleton, title: string): Promise<{ bytes: Uint8Array; parts: SkeletonParts }> {
  const key = skeletonKey(skeleton, title);
  let packed = skeletonCache.get(key);
  if (!packed) {
    packed = (async () => {
      const bytes = await Packer.pack(skeleton.document(title), 'uint8array');
      return { bytes, parts: await readSkeleton(await JSZip.loadAsync(bytes), skeleton.chromes.length, skeleton.images.length) };
    })();
    packed.catch(() => skeletonCache.delete(key));
    skeletonCache.set(key, packed);
    if (skeletonCache.size > SKELETON_CACHE_SIZE) skeletonCache.delete(skeletonCache.keys().next().value!);
  }
  return packed;
}

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
