// The browser build's automatic backups (origin private file system, src-renderer/lib/storage/opfs-backups.ts),
// through the built storage worker in a Chromium of the test's own: rewriting one after a purge or an erasure
// replaces it, and a browser killed in the middle of a rewrite leaves the old backup whole. The kill cannot land
// inside the worker's own replace at a chosen instant, so the test opens the same writable stream replace()
// uses, writes, and kills Chromium before the stream is closed: what Chromium keeps then is what a kill during
// replace() would leave.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumProcess } from '../../scripts/crash/chromium-process';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const test = base.extend<{ electronBinary: string | null }>({ electronBinary: [null, { option: true }] });
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const renderer = join(root, 'out', 'renderer');

/** A page of the app's origin with the built storage worker started in it; `ask` sends it one request. */
async function withWorker(page: Page, url: string, workerFile: string): Promise<void> {
  await page.goto(`${url}/assets/${workerFile}`);
  await page.evaluate((src) => {
    const worker = new Worker(src, { type: 'module' });
    let next = 1;
    const waiting = new Map<number, (reply: { ok: boolean; value?: unknown; error?: string }) => void>();
    worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => waiting.get(e.data.id)?.(e.data);
    (globalThis as unknown as { ask: (body: object) => Promise<unknown> }).ask = (body) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, (reply) => (reply.ok ? resolve(reply.value) : reject(new Error(reply.error))));
        worker.postMessage({ ...body, id });
      });
  }, `/assets/${workerFile}`);
}

const ask = <T>(page: Page, body: object) => page.evaluate((b) => (globalThis as unknown as { ask: (body: object) => Promise<unknown> }).ask(b), body) as Promise<T>;

/** What the backups folder of the origin private file system holds, temporary and swap files included. */
const entries = (page: Page) =>
  page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names.sort();
  });

test('an automatic backup rewritten in the browser is replaced whole, and a kill during a rewrite keeps the old one', async ({ electronBinary }) => {
  test.skip(electronBinary !== null, 'drives its own Chromium on the browser build');
  test.setTimeout(120_000);
  const executablePath = await findChromium();
  test.skip(!executablePath, 'no Chromium on this computer');
  const workerFile = (await readdir(join(renderer, 'assets'))).find((n) => /^storage\.worker-.*\.js$/.test(n));
  expect(workerFile, 'the build has its storage worker (npm run build)').toBeTruthy();
  const server = await startStaticServer(renderer);
  const dir = await mkdtemp(join(tmpdir(), 'ospita-opfs-'));
  let chromium = await ChromiumProcess.launch(executablePath!, join(dir, 'profile'), join(dir, 'chromium.log'));
  try {
    let page = await (chromium.browser.contexts()[0] ?? (await chromium.browser.newContext())).newPage();
    await withWorker(page, server.url, workerFile!);
    const old = JSON.stringify({ backup: 'before the purge', people: ['Rossi Giulia'] });
    const { name } = await ask<{ name: string }>(page, { type: 'backupWrite', json: old, reason: 'daily', journal: null });

    const rewritten = JSON.stringify({ backup: 'after the purge', people: [] });
    expect(await ask(page, { type: 'backupReplace', name, json: rewritten })).toMatchObject({ name, size: rewritten.length });
    expect(await ask(page, { type: 'backupRead', name })).toBe(rewritten);
    expect(await entries(page)).toEqual([name]);

    // A rewrite cut short: the stream replace() uses, written to and never closed, then Chromium killed.
    await page.evaluate(
      async ({ name, text }) => {
        const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
        const stream = await (await dir.getFileHandle(name)).createWritable({ keepExistingData: false });
        await stream.write(text);
        (globalThis as unknown as { open: unknown }).open = stream;
      },
      { name, text: '{"backup": "half-writ' },
    );
    chromium.kill('group');
    await chromium.gone();

    chromium = await ChromiumProcess.launch(executablePath!, join(dir, 'profile'), join(dir, 'chromium.log'));
    page = await (chromium.browser.contexts()[0] ?? (await chromium.browser.newContext())).newPage();
    await withWorker(page, server.url, workerFile!);
    // The backup is there whole, with the content it had before the cut; the swap file left behind goes.
    const listed = await ask<{ name: string; size: number }[]>(page, { type: 'backupList' });
    expect(listed.map((b) => [b.name, b.size])).toEqual([[name, rewritten.length]]);
    expect(await ask(page, { type: 'backupRead', name })).toBe(rewritten);
    expect(await entries(page)).toEqual([name]);
  } finally {
    await chromium.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
