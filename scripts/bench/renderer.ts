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

/**
 * Runs in the page before any of its scripts: notes the time of the first frame in which the navigation and
 * the first screen's heading are on the page. Measured there, not by polling from the test driver, whose
 * checks come at fixed intervals (0, 20, 50, 100 ms, then every 500 ms) and would add up to half a second.
 */
// Plain text, not a function: the TypeScript runner adds helpers to functions that do not exist in the page.
const WATCH_FOR_FIRST_USABLE_FRAME = `
  (() => {
    const ready = () => document.querySelector('main h1') && document.querySelector('nav a');
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.ospitaUsableAt = performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

export async function benchRenderer(browser: Browser, rendererDir: string, runs = 20): Promise<Figure[]> {
  const server = await startStaticServer(rendererDir);
  const samples: number[] = [];
  try {
    for (let i = -2; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(WATCH_FOR_FIRST_USABLE_FRAME);
      await page.goto(`${server.url}/index.html#/offerte`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(() => (window as unknown as { ospitaUsableAt?: number }).ospitaUsableAt);
      const elapsed = (await handle.jsonValue()) as number;
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
