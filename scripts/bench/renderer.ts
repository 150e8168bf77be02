// The built renderer in Chromium: time from navigation to the first screen drawn and usable, and the size of
// the JavaScript loaded at start (entry plus module preloads), gzipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../lib/static-server.mjs';
import { summarise, type Figure } from './stats';

export async function initialJsKilobytes(rendererDir: string): Promise<number> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  let total = 0;
  for (const src of new Set(scripts)) total += gzipSync(await readFile(join(rendererDir, src.replace(/^\.\//, '')))).length;
  return total / 1024;
}

export async function benchRenderer(browser: Browser, rendererDir: string, runs = 10): Promise<Figure[]> {
  const server = await startStaticServer(rendererDir);
  const samples: number[] = [];
  try {
    for (let i = -2; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/index.html#/offerte`, { waitUntil: 'commit' });
      // Interactive: the navigation is drawn and the first screen's heading is on the page.
      await page.locator('main h1').first().waitFor();
      await page.locator('nav a').first().waitFor();
      const elapsed = await page.evaluate(() => performance.now());
      if (i >= 0) samples.push(elapsed);
      await context.close();
    }
  } finally {
    await server.close();
  }
  const kb = await initialJsKilobytes(rendererDir);
  return [
    summarise('Avvio: dalla navigazione all’app utilizzabile', samples, 500),
    { name: 'JavaScript iniziale (gzip)', unit: 'kB', median: kb, p95: kb, runs: 1, target: 250, targetText: '< 250 kB' },
  ];
}
