// The .docx package as the docx library makes it: styles, one section per distinct header and footer (logo,
// "Pagina X di Y" fields) and one paragraph holding every image of the body. Packed once per distinct content and
// read back for the relationship ids and drawings the body writer (body.ts) refers to.
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
import { textWidth, type Block, type CellBlock, type DocModel, type DocSection, type ImageRef, type PageFooter, type PageHeader } from '../model';
import { DOC_THEME } from '../theme';
import { decodeDataUrl, halfPoints, LINE, PX_PER_MM, twips } from './units';

const AUTO_LINE = { line: LINE, lineRule: LineRuleType.AUTO } as const;

interface Chrome {
  header: PageHeader | null;
  footer: PageFooter | null;
  width: number;
}

function imageKey(image: ImageRef): string {
  return `${image.width}x${image.height}:${image.dataUrl}`;
}

export class Skeleton {
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
export interface SkeletonParts {
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

/** Every image the body draws, collected before the skeleton is made. */
export function collectImages(doc: DocModel, skeleton: Skeleton): void {
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

export function packedSkeleton(skeleton: Skeleton, title: string): Promise<{ bytes: Uint8Array; parts: SkeletonParts }> {
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
