// A filled Word template as a printable page, for its PDF and its preview: docx-preview lays the .docx out in the
// page (page size and margins, headers and footers with their pictures, fonts, tables), one <section> per Word
// page it knows of (explicit breaks, "page break before", new sections). Needs a DOM: runs on the UI thread.
// Pictures repeated on every page (the letterhead's logo) are written once, in the style sheet, so 300
// certificates stay a page of a few megabytes; the part marks written by fillTemplateForAll become the links
// that pdf-split.ts reads.
import { escapeHtml, PART_MARK_PREFIX } from '../render-html';
import { PART_MARK_PATTERN } from './fill';

export interface TemplatePage {
  html: string;
  landscape: boolean;
}

/** The CSS that prints each laid-out Word page on one sheet of its own size. */
export function printCss(width: string, height: string): string {
  return [
    `@page { size: ${width} ${height}; margin: 0; }`,
    'html, body { margin: 0; padding: 0; background: white; }',
    `section.docx { box-shadow: none !important; margin: 0 !important; break-after: page; min-height: ${height}; box-sizing: border-box; overflow: hidden; }`,
    'section.docx:last-of-type { break-after: auto; }',
    '.part-mark { display: block; width: 0.3mm; height: 0.3mm; margin-bottom: -0.3mm; }',
    // On screen (the preview) the pages as sheets on a grey desk.
    '@media screen { body { background: #e8e8e8; padding: 12px 0; } section.docx { margin: 0 auto 12px !important; box-shadow: 0 0 6px rgba(0,0,0,.25) !important; } }',
  ].join('\n');
}

/** Lengths as docx-preview writes them ("595.3pt"), in points; NaN if unknown. */
function points(length: string): number {
  const m = /^([\d.]+)(pt|px)$/.exec(length.trim());
  if (!m) return NaN;
  return m[2] === 'px' ? Number(m[1]) * 0.75 : Number(m[1]);
}

/** The text node of each part mark becomes an invisible link to its part. */
function placePartMarks(root: HTMLElement): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: { node: Text; index: number }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = PART_MARK_PATTERN.exec((node.textContent ?? '').trim());
    if (m) found.push({ node: node as Text, index: Number(m[1]) });
  }
  for (const { node, index } of found) {
    const mark = root.ownerDocument.createElement('a');
    mark.className = 'part-mark';
    mark.href = `${PART_MARK_PREFIX}${index}`;
    mark.setAttribute('aria-hidden', 'true');
    // The mark's paragraph keeps its hairline height; only its text goes.
    const holder = node.parentElement?.closest('p') ?? node.parentElement;
    holder?.replaceWith(mark);
  }
  return found.length;
}

/** Each picture once: repeated data URLs move into the style sheet, the <img> keep a class. */
function shareImages(root: HTMLElement): string[] {
  const rules: string[] = [];
  const classes = new Map<string, string>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (!src.startsWith('data:')) continue;
    let cls = classes.get(src);
    if (!cls) {
      cls = `ospita-img-${classes.size}`;
      classes.set(src, cls);
      rules.push(`img.${cls} { content: url("${src}"); }`);
    }
    img.classList.add(cls);
    img.removeAttribute('src');
  }
  return rules;
}

/**
 * The .docx laid out as a page to print (or show). `expectedParts`, when given, is how many part marks the
 * page must hold: fewer or more means the template was not laid out as expected, and it is refused.
 */
export async function docxToPage(bytes: Uint8Array, title: string, expectedParts?: number): Promise<TemplatePage> {
  const { renderAsync } = await import('docx-preview');
  const doc = document;
  const host = doc.createElement('div');
  // Laid out off screen at its real size, then read back as HTML.
  host.style.cssText = 'position:absolute; left:-100000px; top:0; width:auto;';
  host.setAttribute('aria-hidden', 'true');
  const styles = doc.createElement('div');
  const body = doc.createElement('div');
  host.append(styles, body);
  doc.body.append(host);
  try {
    await renderAsync(bytes, body, styles, {
      className: 'docx',
      inWrapper: false,
      breakPages: true,
      ignoreLastRenderedPageBreak: true,
      useBase64URL: true,
      renderHeaders: true,
      renderFooters: true,
      renderComments: false,
      renderChanges: false,
      experimental: true,
    });
    const marks = placePartMarks(body);
    if (expectedParts !== undefined && marks !== expectedParts) throw new Error(`Impaginazione del modello non riuscita: ${marks} attestati su ${expectedParts}.`);
    const first = body.querySelector<HTMLElement>('section.docx');
    const width = first?.style.width || '595.3pt';
    const height = first?.style.minHeight || '841.9pt';
    const imageRules = shareImages(body);
    const css = Array.from(styles.querySelectorAll('style'))
      .map((s) => s.textContent ?? '')
      .join('\n');
    const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}\n${imageRules.join('\n')}\n${printCss(width, height)}</style></head><body>${body.innerHTML}</body></html>`;
    return { html, landscape: points(width) > points(height) };
  } finally {
    host.remove();
  }
}
