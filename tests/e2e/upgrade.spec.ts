// Users' data is upgraded by Chromium's IndexedDB, not by the fake one of the unit tests: the same check of every
// earlier schema version (tests/lib/schema-upgrade-check.ts), bundled and run in the browser.
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const test = base.extend<{ electronBinary: string | null }>({ electronBinary: [null, { option: true }] });

test('a database written by every earlier version is upgraded in Chromium keeping every record', async ({ page, electronBinary }) => {
  test.skip(electronBinary !== null, 'runs in Chromium: the Electron project drives the app, not a bare page');
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, target: 'chrome130', lib: { entry: join(import.meta.dirname, 'upgrade-entry.ts'), formats: ['iife'], name: 'OspitaUpgradeCheck', fileName: () => 'check.js' } },
  });
  const bundle = (Array.isArray(output) ? output[0]! : (output as { output: unknown[] })).output[0] as { code: string };
  const dir = await mkdtemp(join(tmpdir(), 'ospita-upgrade-'));
  await writeFile(join(dir, 'check.js'), bundle.code);
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>upgrade</title><script src="check.js"></script>');
  const server = await startStaticServer(dir);
  try {
    await page.goto(`${server.url}/index.html`);
    const problems = await page.evaluate(() => (window as unknown as { ospitaCheckUpgrades: () => Promise<string[]> }).ospitaCheckUpgrades());
    expect(problems).toEqual([]);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
