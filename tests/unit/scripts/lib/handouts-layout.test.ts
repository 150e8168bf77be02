// Every handout of a session of awkward real-world guests, rendered the way offices see it: the .docx by
// LibreOffice, the printout by Chromium's PDF. No two text lines may be drawn over each other, nothing may fall
// off the page, and every badge's QR code and barcode must scan (zbarimg) with its printed code legible.
// Needs LibreOffice, poppler-utils and zbar-tools (.ci/run installs them); without them the test says so and is
// skipped on a developer's machine, and fails in CI.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/lib/find-chromium.mjs';
import { AWKWARD_PEOPLE, longNamesSessionInput } from '../../../../scripts/lib/long-names-session';
import { sessionHandouts } from '../../../../scripts/lib/layout-handouts';
import { allText, describeOverlap, libreOfficePdfs, linesOffPage, overlappingLines, pdfLines, scanCodes, toolsAvailable, type PageLines } from '../../../../scripts/lib/layout-check';
import { renderDocx } from '../../../../src-renderer/lib/documents/render-docx';
import { certificatePlan } from '../../../../src-renderer/lib/documents/handouts/certificate';
import { certificateFields } from '../../../../src-renderer/lib/documents/templates/fields';
import { fillTemplateForAll } from '../../../../src-renderer/lib/documents/templates/fill';
import { certificateTemplateDocx } from '../../../../scripts/lib/template-fixtures';
import { renderHtml } from '../../../../src-renderer/lib/documents/render-html';

const tools = await toolsAvailable();
const chromiumPath = await findChromium();
const ready = tools.soffice && tools.pdftotext && tools.pdftoppm && tools.zbarimg && chromiumPath !== null;
if (!ready && process.env.CI) throw new Error(`Layout check: LibreOffice, poppler-utils, zbar-tools and Chromium are needed in CI (found ${JSON.stringify({ ...tools, chromium: chromiumPath })}).`);
if (!ready) console.warn('Layout check skipped: install libreoffice-writer-nogui, poppler-utils and zbar-tools (Debian) to run it.');

const handouts = sessionHandouts(longNamesSessionInput());
const rendered = new Map<string, { libreOffice: PageLines[]; chromium: PageLines[]; libreOfficePdf: string; chromiumPdf: string }>();
let dir = '';
let browser: Browser | null = null;
let templatePages: PageLines[] = [];

beforeAll(async () => {
  if (!ready) return;
  dir = await mkdtemp(join(tmpdir(), 'ospita-layout-'));
  const docx = await Promise.all(
    handouts.map(async (h) => {
      const path = join(dir, `${h.name}.docx`);
      await writeFile(path, await renderDocx(h.doc));
      return path;
    }),
  );
  // The office's own template, everybody in one Word file.
  const input = longNamesSessionInput();
  const templatePath = join(dir, 'template-certificates.docx');
  await writeFile(templatePath, fillTemplateForAll(await certificateTemplateDocx(), certificatePlan(input).entries.map((e) => certificateFields(input, e, { issueDate: '2026-05-11' }))));
  const loPdfs = await libreOfficePdfs([...docx, templatePath], dir);
  templatePages = await pdfLines(loPdfs.pop()!);
  browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  for (const [i, h] of handouts.entries()) {
    await page.setContent(renderHtml(h.doc), { waitUntil: 'load' });
    const chromiumPdf = join(dir, `${h.name}.chromium.pdf`);
    await writeFile(chromiumPdf, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    rendered.set(h.name, { libreOffice: await pdfLines(loPdfs[i]!), chromium: await pdfLines(chromiumPdf), libreOfficePdf: loPdfs[i]!, chromiumPdf });
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!ready)('handouts of long real-world names, as LibreOffice and Chromium draw them', () => {
  it.each(handouts.map((h) => h.name))('%s: no text line over another, none off the page', (name) => {
    const r = rendered.get(name)!;
    for (const [renderer, pages] of [['LibreOffice', r.libreOffice], ['Chromium', r.chromium]] as const) {
      expect(pages.length, `${renderer}: pages`).toBeGreaterThan(0);
      expect(overlappingLines(pages).map(describeOverlap), `${renderer}: ${name}`).toEqual([]);
      expect(linesOffPage(pages).map((l) => l.text), `${renderer}: ${name}`).toEqual([]);
    }
  });

  it('prints every long name in full on the certificates and the lists', () => {
    for (const renderer of ['libreOffice', 'chromium'] as const) {
      const certificates = allText(rendered.get('certificates')![renderer]).replace(/\s+/g, ' ').replace(/- /g, '-');
      const list = allText(rendered.get('participant-list')![renderer]).replace(/\s+/g, ' ');
      for (const [surname, name] of AWKWARD_PEOPLE) {
        expect(certificates, renderer).toContain(`${name} ${surname}`.replace(/\s+/g, ' '));
        expect(list.replace(/- /g, '-'), renderer).toContain(surname.toUpperCase().split(' ')[0]!.replace(/-.*/, ''));
      }
    }
  });

  it('certificates on the office’s template: a page per person in LibreOffice, each with the letterhead, no overlaps', () => {
    const people = certificatePlan(longNamesSessionInput()).entries;
    expect(templatePages).toHaveLength(people.length);
    templatePages.forEach((page, i) => {
      const text = page.lines.map((l) => l.text).join(' ');
      expect(text).toContain('COMUNE DI MONZA – Settore Partecipazione');
      expect(text).toContain('carta intestata dell’ufficio');
      expect(text.replace(/- /g, '-')).toContain(people[i]!.participant.name);
    });
    expect(overlappingLines(templatePages).map(describeOverlap)).toEqual([]);
  });

  it('badges: every QR code and barcode scans and every printed code is there, in LibreOffice and in Chromium', async () => {
    const r = rendered.get('badges')!;
    const codes = longNamesSessionInput().participants.map((p) => p.checkinCode).sort();
    for (const [renderer, pdf, pages] of [['LibreOffice', r.libreOfficePdf, r.libreOffice], ['Chromium', r.chromiumPdf, r.chromium]] as const) {
      const scanned = await scanCodes(pdf);
      expect(scanned.filter((c) => c.type === 'QR-Code').map((c) => c.data).sort(), `${renderer}: QR`).toEqual(codes);
      expect(scanned.filter((c) => c.type === 'CODE-128').map((c) => c.data).sort(), `${renderer}: barcode`).toEqual(codes);
      const text = allText(pages);
      for (const code of codes) expect(text, renderer).toContain(code);
    }
  }, 60_000);
});
