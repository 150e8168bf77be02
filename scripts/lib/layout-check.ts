// Checks what a reader really draws: .docx files rendered by LibreOffice (as many municipalities open them),
// PDFs read back with poppler's `pdftotext -bbox-layout`, and the boxes of the text lines compared, so two
// lines drawn on top of each other (a wrapped name under an exact line height) are found. Needs `soffice`
// (LibreOffice) and `pdftotext` (poppler-utils); `toolsAvailable()` says whether they are here.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LineBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: LineBox[];
}

async function has(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

/** Whether LibreOffice and poppler are installed. */
export async function toolsAvailable(): Promise<{ soffice: boolean; pdftotext: boolean; zbarimg: boolean; pdftoppm: boolean }> {
  const [soffice, pdftotext, zbarimg, pdftoppm] = await Promise.all([has('soffice'), has('pdftotext'), has('zbarimg'), has('pdftoppm')]);
  return { soffice, pdftotext, zbarimg, pdftoppm };
}

/**
 * Converts .docx files to PDF with LibreOffice, in one process, with a profile of its own (so it never
 * collides with a LibreOffice someone has open). Returns the PDF paths in the order given.
 */
export async function libreOfficePdfs(docxPaths: string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'ospita-lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], { timeout: 300_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docxPaths.map((p) => join(outDir, basename(p).replace(/\.[^.]+$/, '.pdf')));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The text lines of every page of a PDF with their boxes (points, origin top left). */
export async function pdfLines(pdfPath: string): Promise<PageLines[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return parseBboxLayout(stdout);
}

export function parseBboxLayout(xhtml: string): PageLines[] {
  const pages: PageLines[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const m of xhtml.matchAll(pageRe)) {
    const page = pages.length + 1;
    const lines: LineBox[] = [];
    for (const l of m[3]!.matchAll(/<line xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...l[5]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => decode(w[1]!));
      lines.push({ page, text: words.join(' '), xMin: Number(l[1]), yMin: Number(l[2]), xMax: Number(l[3]), yMax: Number(l[4]) });
    }
    pages.push({ page, width: Number(m[1]), height: Number(m[2]), lines });
  }
  return pages;
}

export interface Overlap {
  page: number;
  a: LineBox;
  b: LineBox;
  /** Points of vertical overlap. */
  overlap: number;
}

/**
 * Pairs of lines on a page whose boxes cross: each overlaps the other horizontally and by more than
 * `tolerance` points vertically (text boxes include ascenders and descenders, so lines set close together
 * legitimately touch by a point or so; one drawn over another overlaps by most of its height).
 */
export function overlappingLines(pages: PageLines[], tolerance = 2.5): Overlap[] {
  const found: Overlap[] = [];
  for (const p of pages) {
    const lines = [...p.lines].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length; j++) {
        const b = lines[j]!;
        if (b.yMin >= a.yMax) break;
        const vertical = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const horizontal = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        if (vertical > tolerance && horizontal > 0.5) found.push({ page: p.page, a, b, overlap: Math.round(vertical * 10) / 10 });
      }
    }
  }
  return found;
}

/** Lines drawn (partly) outside the page. */
export function linesOffPage(pages: PageLines[]): LineBox[] {
  return pages.flatMap((p) => p.lines.filter((l) => l.xMin < -0.5 || l.yMin < -0.5 || l.xMax > p.width + 0.5 || l.yMax > p.height + 0.5));
}

/** All the text of the PDF's pages, a line each, for "is this text there at all" checks. */
export function allText(pages: PageLines[]): string {
  return pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
}

export function describeOverlap(o: Overlap): string {
  return `p. ${o.page}: «${o.a.text.slice(0, 60)}» e «${o.b.text.slice(0, 60)}» si sovrappongono di ${o.overlap} pt`;
}

export interface ScannedCode {
  /** zbar's name of the symbology: "QR-Code", "CODE-128". */
  type: string;
  data: string;
  page: number;
}

/** Codes a PDF's pages hold, read by zbarimg from images of the pages (`pdftoppm`, 200 dpi). */
export async function scanCodes(pdfPath: string, dpi = 200): Promise<ScannedCode[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ospita-scan-'));
  try {
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdfPath, join(dir, 'page')], { timeout: 300_000 });
    const { readdir } = await import('node:fs/promises');
    const images = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort().map((f) => join(dir, f));
    const codes: ScannedCode[] = [];
    for (const [i, image] of images.entries()) {
      try {
        const { stdout } = await run('zbarimg', ['--quiet', '-Sdisable', '-Sqrcode.enable', '-Scode128.enable', image], { maxBuffer: 16 * 1024 * 1024 });
        for (const line of stdout.split('\n').filter(Boolean)) {
          const colon = line.indexOf(':');
          codes.push({ type: line.slice(0, colon), data: line.slice(colon + 1), page: i + 1 });
        }
      } catch (error) {
        // zbarimg exits 4 when a page has no code at all.
        if ((error as { code?: number }).code !== 4) throw error;
      }
    }
    return codes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
