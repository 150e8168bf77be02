// The document model shared by every handout (DESIGN §3): plain data, rendered to .docx by render-docx.ts and to
// printable HTML by render-html.ts. Builders (lib/documents/handouts/*) turn repository data into a DocModel.
// Lengths are millimetres, font sizes points, colours six hex digits without '#'.

export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  /** Always A4; landscape turns it. */
  orientation: Orientation;
  margins: Margins;
}

/** A piece of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the paragraph's size when absent. */
  size?: number;
  color?: string;
}

/** An image given as a data: URL (PNG or JPEG), drawn at a size in millimetres. */
export interface ImageRef {
  dataUrl: string;
  width: number;
  height: number;
  /** What the image shows, for screen readers. Empty for decoration. */
  alt: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  align?: Align;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** Points, default 10.5. */
  size?: number;
  /** Space after the paragraph in points, default 6. */
  spaceAfter?: number;
  /** Keep this paragraph on the same page as the next block. */
  keepWithNext?: boolean;
}

export interface ImageBlock {
  kind: 'image';
  image: ImageRef;
  align?: Align;
}

/** Images side by side on one line, bottoms aligned, `gap` millimetres apart (a badge's QR code and barcode). */
export interface ImageRowBlock {
  kind: 'imageRow';
  images: ImageRef[];
  gap: number;
  align?: Align;
}

export interface SpacerBlock {
  kind: 'spacer';
  height: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/**
 * Where one part of a document starts (one person's certificate), so the PDF printed from it can be split into a
 * file per part (lib/documents/pdf-split.ts). Nothing to see: Word ignores it, the printout holds an invisible
 * link that the PDF keeps on the page where the part starts.
 */
export interface PartMarkBlock {
  kind: 'partMark';
  /** 0, 1, 2…: the order of the parts. */
  index: number;
}

/**
 * Place and date on the left, the signatory's role, name and a line to sign on the right; with a scanned
 * signature, the image above the name instead of the line.
 */
export interface SignatureBlock {
  kind: 'signature';
  placeAndDate: string;
  role: string;
  name: string;
  image?: ImageRef | null;
}

/** What a table cell may hold. */
export type CellBlock = HeadingBlock | ParagraphBlock | ImageBlock | ImageRowBlock | SpacerBlock;

export interface TableCell {
  blocks: CellBlock[];
  shading?: string;
  align?: Align;
  verticalAlign?: 'top' | 'center' | 'bottom';
  colSpan?: number;
}

export interface TableRow {
  cells: TableCell[];
  /** Minimum height in millimetres (signature rows, badge cards). */
  minHeight?: number;
  /** Exact height in millimetres: the content is clipped rather than growing the row (badge cards). */
  exactHeight?: number;
  /**
   * No line between this row and the next: the two make one card (a badge's text above, its codes below, each
   * of a fixed height, so a long name can never push the codes out of the card).
   */
  joinWithNext?: boolean;
  shading?: string;
}

export interface TableColumn {
  /** Relative weight: widths are shared out of the text width in proportion. */
  width: number;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Header rows, repeated at the top of every page the table runs on. */
  header: TableRow[];
  rows: TableRow[];
  /** 'grid': all lines; 'rows': horizontal lines only; 'none': a layout grid (badges). */
  borders: 'grid' | 'rows' | 'none';
  /** Colour of the lines, stronger than the default light grey (sign-in sheets, where people write). */
  borderColor?: string;
  /** Points, default 10. */
  size?: number;
  /** Header background, default light grey-blue. */
  headerShading?: string;
  /** Rows alternate with this background. */
  zebra?: string;
}

export type Block = HeadingBlock | ParagraphBlock | ImageBlock | ImageRowBlock | SpacerBlock | PageBreakBlock | PartMarkBlock | SignatureBlock | TableBlock;

export interface PageHeader {
  logo: ImageRef | null;
  /** Lines of the host's details beside the logo; the first is set in bold. */
  lines: string[];
}

export interface PageFooter {
  /** Text on the left of the footer (may be empty). */
  text: string;
  /** "Pagina {page} di {pages}" on the right; null for no page numbers. */
  pageNumbers: { page: string; of: string } | null;
}

export interface DocSection {
  page: PageSetup;
  header: PageHeader | null;
  footer: PageFooter | null;
  blocks: Block[];
}

export interface DocModel {
  /** Shown as the file's title and the HTML <title>. */
  title: string;
  lang: 'it' | 'en';
  sections: DocSection[];
}

// ---------------------------------------------------------------------------------------------------------------
// Small constructors, so builders read like the document they build.

export const A4 = { width: 210, height: 297 } as const;

export const DEFAULT_MARGINS: Margins = { top: 18, right: 18, bottom: 18, left: 18 };

export function pageSetup(orientation: Orientation = 'portrait', margins: Margins = DEFAULT_MARGINS): PageSetup {
  return { orientation, margins };
}

/** Width available to text, in millimetres. */
export function textWidth(page: PageSetup): number {
  const width = page.orientation === 'portrait' ? A4.width : A4.height;
  return width - page.margins.left - page.margins.right;
}

export function run(text: string, format: Omit<Run, 'text'> = {}): Run {
  return { text, ...format };
}

export function heading(text: string, level: 1 | 2 | 3 = 1, align?: Align): HeadingBlock {
  return align ? { kind: 'heading', level, text, align } : { kind: 'heading', level, text };
}

export function paragraph(content: string | Run[], options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: typeof content === 'string' ? [{ text: content }] : content, ...options };
}

export function cell(content: string | Run[] | CellBlock[], options: Omit<TableCell, 'blocks'> = {}): TableCell {
  const blocks: CellBlock[] =
    typeof content === 'string' ? [paragraph(content)] : isRunList(content) ? [paragraph(content)] : content;
  return { blocks, ...options };
}

export function row(cells: (string | TableCell)[], options: Omit<TableRow, 'cells'> = {}): TableRow {
  return { cells: cells.map((c) => (typeof c === 'string' ? cell(c) : c)), ...options };
}

export function spacer(height: number): SpacerBlock {
  return { kind: 'spacer', height };
}

export const pageBreak: PageBreakBlock = { kind: 'pageBreak' };

function isRunList(content: Run[] | CellBlock[]): content is Run[] {
  return content.length > 0 && !('kind' in content[0]!);
}

/** Every piece of text in a document, in order: for tests and for search. */
export function plainText(doc: DocModel): string {
  const out: string[] = [];
  const blockText = (b: Block): void => {
    if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'signature') out.push(b.placeAndDate, b.role, b.name);
    else if (b.kind === 'table') for (const r of [...b.header, ...b.rows]) for (const c of r.cells) c.blocks.forEach(blockText);
  };
  for (const s of doc.sections) s.blocks.forEach(blockText);
  return out.join('\n');
}
