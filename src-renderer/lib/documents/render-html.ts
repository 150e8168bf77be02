// The document model as one standalone, printable HTML page: inline CSS, A4 `@page` rules (one named page per
// kind of section, so portrait and landscape sections mix), the host's header repeated on every page through a
// frame table's <thead>, "Pagina X di Y" in the page's bottom margin box, table headers repeated, rows kept whole.
// Chromium prints it (Electron's print and printToPDF); nothing is loaded from outside: images are data: URLs.
import { type Align, type Block, type CellBlock, type DocModel, type DocSection, type ImageRef, type PageFooter, type Run, type TableBlock, type TableRow } from './model';
import { DOC_THEME } from './theme';

export interface HtmlOptions {
  /** Extra CSS placed first in the <style>, e.g. @font-face rules with embedded fonts. */
  fontFaceCss?: string;
}

/**
 * The address of a part's mark (a `partMark` block): an invisible link, which Chromium keeps as a link annotation
 * on the page where the part starts. Never opened: the .invalid domain cannot exist.
 */
export const PART_MARK_PREFIX = 'https://ospita.invalid/part/';

const HEADER_DISTANCE = 8;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A CSS string literal, safe whatever the text holds. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

const colour = (value: string | undefined): string | null => (value && /^[0-9a-fA-F]{6}$/.test(value) ? `#${value}` : null);

function safeImageUrl(dataUrl: string): string {
  return /^data:image\/(png|jpeg|jpg);base64,[A-Za-z0-9+/=\s]*$/.test(dataUrl) ? dataUrl : '';
}

function pageKey(section: DocSection): string {
  const { orientation, margins } = section.page;
  const footer = section.footer;
  return JSON.stringify([orientation, margins, Boolean(section.header), footer?.text ?? null, footer?.pageNumbers ?? null]);
}

function pageRule(name: string, section: DocSection): string {
  const { orientation, margins } = section.page;
  const top = section.header ? HEADER_DISTANCE : margins.top;
  const footer = section.footer;
  const boxes: string[] = [];
  if (footer?.text) boxes.push(`@bottom-left { content: ${cssString(footer.text)}; }`);
  if (footer?.pageNumbers) {
    const { page, of } = footer.pageNumbers;
    boxes.push(`@bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); }`);
  }
  return `@page ${name} { size: A4 ${orientation}; margin: ${top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; ${boxes.join(' ')} }`;
}

function styleSheet(names: Map<string, string>, sections: DocSection[], options: HtmlOptions): string {
  const t = DOC_THEME;
  const pages = [...names.entries()].map(([key, name]) => pageRule(name, sections.find((s) => pageKey(s) === key)!));
  const first = sections[0];
  return `${options.fontFaceCss ?? ''}
@page { size: A4 ${first?.page.orientation ?? 'portrait'}; margin: 18mm;
  @bottom-left { font: 8pt ${t.htmlFont}; color: #${t.muted}; vertical-align: top; padding-top: 3mm; }
  @bottom-right { font: 8pt ${t.htmlFont}; color: #${t.muted}; vertical-align: top; padding-top: 3mm; } }
${pages.join('\n')}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${t.htmlFont}; font-size: ${t.bodySize}pt; line-height: 1.3; color: #${t.ink}; overflow-wrap: break-word; }
.doc-section + .doc-section { break-before: page; }
.frame { width: 100%; border-collapse: collapse; }
.frame > thead { display: table-header-group; }
.frame > thead > tr > td, .frame > tbody > tr > td { padding: 0; vertical-align: top; }
.page-header { display: flex; align-items: center; gap: 4mm; border-bottom: 1pt solid #${t.primary}; padding-bottom: 1.5mm; margin-bottom: 3mm; }
.page-header img { display: block; }
.page-header .host { line-height: 1.25; }
.page-header .host div { font-size: 8.5pt; color: #${t.muted}; }
.page-header .host div:first-child { font-size: 10.5pt; font-weight: 700; color: #${t.primaryDark}; }
h1, h2, h3 { margin: 0; break-after: avoid; }
h1 { font-size: ${t.headingSizes[1]}pt; color: #${t.primaryDark}; margin: 2mm 0 3mm; }
h2 { font-size: ${t.headingSizes[2]}pt; color: #${t.primary}; margin: 4mm 0 2mm; }
h3 { font-size: ${t.headingSizes[3]}pt; margin: 3mm 0 1.5mm; }
p { margin: 0 0 6pt; }
.keep { break-after: avoid; }
.page-break { break-after: page; height: 0; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${t.tableSize}pt; margin: 0 0 4mm; }
table.data > thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data td, table.data th { padding: 1.6mm 2mm; vertical-align: top; text-align: left; font-weight: 400; overflow: hidden; overflow-wrap: anywhere; }
table.data th { font-weight: 700; }
table.data td p, table.data th p { margin: 0 0 2pt; }
p.image-row img { vertical-align: baseline; }
table.data td > :last-child, table.data th > :last-child { margin-bottom: 0; }
table.grid td, table.grid th { border: 0.75pt solid var(--line, #${t.line}); }
table.rows tr { border-top: 0.75pt solid var(--line, #${t.line}); border-bottom: 0.75pt solid var(--line, #${t.line}); }
table.layout td, table.layout th { padding: 0; }
/* A part's mark: a box of a hair, so the printer keeps the link, with nothing to see. */
.part-mark { display: block; width: 0.3mm; height: 0.3mm; margin-bottom: -0.3mm; }
.signature { display: grid; grid-template-columns: 1fr 1fr; margin-top: 8mm; break-inside: avoid; }
.signature .place { align-self: end; }
.signature .who { text-align: center; }
.signature .line { border-bottom: 0.75pt solid #${t.ink}; height: 14mm; margin: 0 8mm; }
.signature .signed { margin: 1mm 0; }
.signature .signed img { display: inline-block; }
`;
}

class HtmlWriter {
  private readonly out: string[] = [];

  constructor(private readonly doc: DocModel) {}

  render(options: HtmlOptions): string {
    const names = new Map<string, string>();
    for (const s of this.doc.sections) {
      const key = pageKey(s);
      if (!names.has(key)) names.set(key, `p${names.size}`);
    }
    for (const section of this.doc.sections) this.section(section, names.get(pageKey(section))!);
    return `<!doctype html>
<html lang="${this.doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">
<title>${escapeHtml(this.doc.title)}</title>
<style>${styleSheet(names, this.doc.sections, options)}</style>
</head>
<body>
${this.out.join('')}
</body>
</html>
`;
  }

  private section(section: DocSection, pageName: string): void {
    const o = this.out;
    o.push(`<div class="doc-section ${section.page.orientation}" style="page: ${pageName}">`);
    if (section.header) {
      const minHeight = Math.max(0, section.page.margins.top - HEADER_DISTANCE);
      o.push(`<table class="frame" role="presentation"><thead><tr><td><div class="page-header" style="min-height: ${minHeight}mm">`);
      if (section.header.logo) o.push(this.image(section.header.logo));
      o.push('<div class="host">');
      for (const line of section.header.lines) o.push(`<div>${escapeHtml(line)}</div>`);
      o.push('</div></div></td></tr></thead><tbody><tr><td>');
      for (const b of section.blocks) this.block(b);
      o.push('</td></tr></tbody></table>');
    } else {
      for (const b of section.blocks) this.block(b);
    }
    o.push('</div>\n');
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'pageBreak':
        this.out.push('<div class="page-break"></div>');
        return;
      case 'partMark':
        this.out.push(`<a class="part-mark" href="${PART_MARK_PREFIX}${block.index}" aria-hidden="true" tabindex="-1"></a>`);
        return;
      case 'signature':
        this.out.push(
          block.image
            ? `<div class="signature"><div class="place">${escapeHtml(block.placeAndDate)}</div><div class="who"><div>${escapeHtml(block.role)}</div><div class="signed">${this.image(block.image)}</div><div><strong>${escapeHtml(block.name)}</strong></div></div></div>`
            : `<div class="signature"><div class="place">${escapeHtml(block.placeAndDate)}</div><div class="who"><div>${escapeHtml(block.role)}</div><div><strong>${escapeHtml(block.name)}</strong></div><div class="line"></div></div></div>`,
        );
        return;
      case 'table':
        this.table(block);
        return;
      default:
        this.cellBlock(block);
    }
  }

  private cellBlock(block: CellBlock): void {
    switch (block.kind) {
      case 'heading':
        this.out.push(`<h${block.level}${alignStyle(block.align)}>${escapeHtml(block.text)}</h${block.level}>`);
        return;
      case 'paragraph': {
        const styles: string[] = [];
        if (block.align) styles.push(`text-align: ${block.align}`);
        if (block.size) styles.push(`font-size: ${block.size}pt`);
        if (block.spaceAfter !== undefined) styles.push(`margin-bottom: ${block.spaceAfter}pt`);
        const cls = block.keepWithNext ? ' class="keep"' : '';
        this.out.push(`<p${cls}${styles.length ? ` style="${styles.join('; ')}"` : ''}>${block.runs.map(runHtml).join('')}</p>`);
        return;
      }
      case 'image':
        this.out.push(`<p${alignStyle(block.align)}>${this.image(block.image)}</p>`);
        return;
      case 'imageRow':
        this.out.push(`<p class="image-row"${alignStyle(block.align)}>${block.images.map((image, i) => (i ? this.image(image, block.gap) : this.image(image))).join('')}</p>`);
        return;
      case 'spacer':
        this.out.push(`<div style="height: ${block.height}mm"></div>`);
        return;
    }
  }

  private image(image: ImageRef, marginLeft = 0): string {
    const margin = marginLeft ? `; margin-left: ${marginLeft}mm` : '';
    return `<img src="${escapeHtml(safeImageUrl(image.dataUrl))}" alt="${escapeHtml(image.alt)}" style="width: ${image.width}mm; height: ${image.height}mm${margin}">`;
  }

  private table(block: TableBlock): void {
    const o = this.out;
    const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
    const tableStyles: string[] = [];
    if (block.size) tableStyles.push(`font-size: ${block.size}pt`);
    const lines = colour(block.borderColor);
    if (lines && block.borders !== 'none') tableStyles.push(`--line: ${lines}`);
    const size = tableStyles.length ? ` style="${tableStyles.join('; ')}"` : '';
    o.push(`<table class="data ${block.borders === 'none' ? 'layout' : block.borders}"${size}><colgroup>`);
    for (const c of block.columns) o.push(`<col style="width: ${((c.width / total) * 100).toFixed(3)}%">`);
    o.push('</colgroup>');
    if (block.header.length) {
      o.push('<thead>');
      block.header.forEach((r) => this.row(r, 'th', colour(block.headerShading ?? DOC_THEME.headerShading)));
      o.push('</thead>');
    }
    o.push('<tbody>');
    block.rows.forEach((r, i) => this.row(r, 'td', block.zebra && i % 2 === 1 ? colour(block.zebra) : null, i > 0 && block.rows[i - 1]!.joinWithNext === true));
    o.push('</tbody></table>');
  }

  private row(r: TableRow, tag: 'td' | 'th', defaultShading: string | null, joinedAbove = false): void {
    const styles: string[] = [];
    // One card in two rows: no line between them ('hidden' wins over the neighbour's border when collapsing).
    const joins = [joinedAbove ? 'border-top-style: hidden' : '', r.joinWithNext ? 'border-bottom-style: hidden' : ''].filter(Boolean);
    if (r.joinWithNext) styles.push('break-after: avoid');
    const shading = colour(r.shading) ?? defaultShading;
    if (shading) styles.push(`background: ${shading}`);
    if (r.exactHeight) styles.push(`height: ${r.exactHeight}mm`);
    else if (r.minHeight) styles.push(`height: ${r.minHeight}mm`);
    this.out.push(`<tr${styles.length ? ` style="${styles.join('; ')}"` : ''}>`);
    for (const c of r.cells) {
      const cs: string[] = [...joins];
      const fill = colour(c.shading);
      if (fill) cs.push(`background: ${fill}`);
      if (c.align) cs.push(`text-align: ${c.align}`);
      if (c.verticalAlign && c.verticalAlign !== 'top') cs.push(`vertical-align: ${c.verticalAlign === 'center' ? 'middle' : 'bottom'}`);
      if (r.exactHeight) cs.push(`height: ${r.exactHeight}mm`);
      const span = c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '';
      const scope = tag === 'th' ? ' scope="col"' : '';
      this.out.push(`<${tag}${scope}${span}${cs.length ? ` style="${cs.join('; ')}"` : ''}>`);
      if (r.exactHeight) this.out.push(`<div style="max-height: ${r.exactHeight}mm; overflow: hidden">`);
      for (const b of c.blocks) this.cellBlock(b);
      if (r.exactHeight) this.out.push('</div>');
      this.out.push(`</${tag}>`);
    }
    this.out.push('</tr>');
  }
}

function alignStyle(align: Align | undefined): string {
  return align ? ` style="text-align: ${align}"` : '';
}

function runHtml(r: Run): string {
  let html = escapeHtml(r.text).replace(/\n/g, '<br>');
  const styles: string[] = [];
  if (r.size) styles.push(`font-size: ${r.size}pt`);
  const c = colour(r.color);
  if (c) styles.push(`color: ${c}`);
  if (styles.length) html = `<span style="${styles.join('; ')}">${html}</span>`;
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The document as a complete HTML page, ready for Electron's print or printToPDF. */
export function renderHtml(doc: DocModel, options: HtmlOptions = {}): string {
  return new HtmlWriter(doc).render(options);
}

/** Whether the first section is landscape: what the host's print and PDF calls ask for. */
export function isLandscape(doc: DocModel): boolean {
  return doc.sections[0]?.page.orientation === 'landscape';
}

