// Benchmark: 300 certificates on the office's Word template as one PDF each, end to end as the app makes them:
// the template filled for everybody (docxtemplater), laid out as a page by docx-html.ts (docx-preview, in
// Chromium as on the app's UI thread), printed once, split with pdf-lib, files written.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { generate } from '../../src-renderer/lib/documents/generate';
import { certificatePlan } from '../../src-renderer/lib/documents/handouts/certificate';
import { bytesToBase64 } from '../../src-renderer/lib/documents/templates/base64';
import { certificateTemplateDocx } from '../lib/template-fixtures';
import { largeSessionInput } from '../lib/session-sample';
import { summarise, time, type Figure } from './stats';

const OPTIONS = { issueDate: '2026-05-11', protocol: '0042137/2026' };

/** docx-html.ts as one script for a blank page, exposing `OspitaDocxHtml.docxToPage`. */
async function layoutScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('src-renderer/lib/documents/templates/docx-html.ts'), formats: ['iife'], name: 'OspitaDocxHtml' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('docx-html.ts not built');
  return chunk.code;
}

export async function benchTemplatePdfs(browser: Browser, options: { runs?: number; people?: number } = {}): Promise<Figure[]> {
  const runs = options.runs ?? 3;
  const people = options.people ?? 300;
  const input = largeSessionInput(people);
  const { entries } = certificatePlan({ ...input, settings: { ...input.settings, certificateThreshold: 0.1 } });
  if (entries.length !== people) throw new Error(`only ${entries.length} certificates`);
  const template = bytesToBase64(await certificateTemplateDocx());
  const script = await layoutScript();
  const context = await browser.newContext();
  const layoutPage = await context.newPage();
  await layoutPage.setContent('<!doctype html><html><body></body></html>');
  await layoutPage.addScriptTag({ content: script });
  const dir = await mkdtemp(join(tmpdir(), 'ospita-bench-template-'));
  let written = 0;
  try {
    const each = await time(
      runs,
      async (run) => {
        const t0 = performance.now();
        const [batch] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'html', split: true, template });
        const t1 = performance.now();
        const page = await layoutPage.evaluate(
          async ({ base64, title, parts }) => {
            const binary = atob(base64);
            const bytes = new Uint8Array(binary.length);
            for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
            const lib = (globalThis as unknown as { OspitaDocxHtml: typeof import('../../src-renderer/lib/documents/templates/docx-html') }).OspitaDocxHtml;
            return lib.docxToPage(bytes, title, parts);
          },
          { base64: bytesToBase64(batch!.data as Uint8Array), title: batch!.title, parts: batch!.parts!.length },
        );
        const t2 = performance.now();
        const printer = await context.newPage();
        let pdf: Uint8Array;
        try {
          await printer.setContent(page.html, { waitUntil: 'load' });
          pdf = new Uint8Array(await printer.pdf({ format: 'A4', landscape: page.landscape, printBackground: true, preferCSSPageSize: true }));
        } finally {
          await printer.close();
        }
        const t3 = performance.now();
        const pdfs = await generate({ kind: 'splitPdf', pdf, parts: batch!.parts! });
        if (process.env.PHASES) console.log({ fill: t1 - t0, layout: t2 - t1, print: t3 - t2, htmlKB: Math.round(page.html.length / 1024), split: performance.now() - t3 });
        const folder = join(dir, `run${run}`);
        await mkdir(folder, { recursive: true });
        await Promise.all(pdfs.map((f) => writeFile(join(folder, `${f.stem}.pdf`), f.data as Uint8Array)));
        written = pdfs.length;
      },
      1,
    );
    if (written !== people) throw new Error(`${written} PDF instead of ${people}`);
    const figure = summarise(`${people} attestati sul modello dell’ente, un PDF per persona`, each, 10_000);
    figure.targetText = '< 10 s';
    return [figure];
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, findChromium } = await import('../lib/find-chromium.mjs');
  const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });
  try {
    for (const f of await benchTemplatePdfs(browser, { runs: Number(process.env.RUNS ?? 3), people: Number(process.env.PEOPLE ?? 300) })) console.log(`${f.name}: mediana ${f.median.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms (${f.targetText})`);
  } finally {
    await browser.close();
  }
}
