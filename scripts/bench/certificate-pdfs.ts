// Benchmark: 300 certificates as PDF, end to end as the app makes them (build, HTML, Chromium's printer as
// Electron's printToPDF uses it, split with pdf-lib, files written): one PDF per person, and for comparison one
// PDF with all. Printing everybody at once and splitting replaced printing each person on their own page.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generate } from '../../src-renderer/lib/documents/generate';
import { certificatePlan } from '../../src-renderer/lib/documents/handouts/certificate';
import { largeSessionInput } from '../lib/session-sample';
import { summarise, time, type Figure } from './stats';

const OPTIONS = { issueDate: '2026-05-11', protocol: '0042137/2026' };

export async function benchCertificatePdfs(browser: Browser, options: { runs?: number; people?: number } = {}): Promise<Figure[]> {
  const runs = options.runs ?? 3;
  const people = options.people ?? 300;
  const input = largeSessionInput(people);
  // Everybody qualifies: 300 certificates, not the share of a real session.
  const { entries } = certificatePlan({ ...input, settings: { ...input.settings, certificateThreshold: 0.1 } });
  if (entries.length !== people) throw new Error(`only ${entries.length} certificates`);
  const context = await browser.newContext();
  const print = async (html: string, landscape: boolean): Promise<Uint8Array> => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true }));
    } finally {
      await page.close();
    }
  };
  const dir = await mkdtemp(join(tmpdir(), 'ospita-bench-pdf-'));
  try {
    const single = await time(
      runs,
      async () => {
        const [file] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'html', split: false });
        await writeFile(join(dir, 'tutti.pdf'), await print(String(file!.data), file!.landscape));
      },
      1,
    );
    let written = 0;
    const each = await time(
      runs,
      async (run) => {
        const [batch] = await generate({ kind: 'certificates', input, entries, options: OPTIONS, format: 'html', split: true });
        const pdfs = await generate({ kind: 'splitPdf', pdf: await print(String(batch!.data), batch!.landscape), parts: batch!.parts! });
        const folder = join(dir, `run${run}`);
        await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
        await Promise.all(pdfs.map((f) => writeFile(join(folder, `${f.stem}.pdf`), f.data as Uint8Array)));
        written = pdfs.length;
      },
      1,
    );
    if (written !== people) throw new Error(`${written} PDF instead of ${people}`);
    const singleFigure = summarise(`${people} attestati in un PDF (Chromium)`, single, Number.POSITIVE_INFINITY);
    singleFigure.targetText = 'riferimento';
    const ratio = percentileMedian(each) / singleFigure.median;
    const eachFigure = summarise(`${people} attestati, un PDF per persona (stampa unica e divisione)`, each, 10_000, 'ms', `rapporto ${ratio.toFixed(2)} rispetto a un PDF unico`);
    eachFigure.targetText = `< 10 s (${ratio.toFixed(2)} × un PDF unico)`;
    return [singleFigure, eachFigure];
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function percentileMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, findChromium } = await import('../lib/find-chromium.mjs');
  const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });
  try {
    for (const f of await benchCertificatePdfs(browser, { runs: Number(process.env.RUNS ?? 3) })) console.log(`${f.name}: mediana ${f.median.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms (${f.targetText})`);
  } finally {
    await browser.close();
  }
}
