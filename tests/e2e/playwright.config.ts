import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../../scripts/lib/find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromiumPath = await findChromium();
if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) throw new Error('Manca out/renderer: esegui prima "npm run build".');

/** The Electron binary exists only where it could be downloaded (users' machines), not here. */
function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
const electron = electronBinary();
if (!electron && !process.env.TEST_WORKER_INDEX) console.log('Electron: progetto saltato, su questa macchina non c’è il binario di Electron (ELECTRON_SKIP_BINARY_DOWNLOAD). Gli stessi percorsi girano in Chromium.');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // A whole journey (typing, two reloads, documents, axe) takes 20–50 s on an idle machine. CI has two cores, often
  // shared: at load 27 the paper-sheet journey took over 60 s, at load 45 the longest took 3 minutes and a Word file
  // more than 10 s, with every step right. So: three minutes a journey, 20 s for a step to show on screen.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['./summary-reporter.ts']],
  outputDir: join(root, 'test-results'),
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS } },
    },
    ...(electron ? [{ name: 'electron', use: { electronBinary: electron } as Record<string, unknown> }] : []),
  ],
});
