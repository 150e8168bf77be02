// The `app` fixture: the built renderer served on 127.0.0.1, driven in Chromium with the host bridge installed,
// a fresh temporary folder per test, and a check that nothing was requested outside the app's own origin.
import { _electron, test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { installHostBridge, type FakeDialogs, type HostRecord } from './host-bridge';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface App {
  page: Page;
  /** Temporary folder of this test: saved files land in `${dir}/saved`, folders in `${dir}/folder`. */
  dir: string;
  dialogs: FakeDialogs;
  record: HostRecord;
  /** Opens the app at a hash route ("offerte", "impostazioni"...). */
  open(route?: string): Promise<void>;
  /** Reloads the page, as a crash and restart would. */
  reload(): Promise<void>;
}

export const test = base.extend<{ app: App; electronBinary: string | null }, { server: { url: string } }>({
  electronBinary: [null, { option: true }],
  server: [
    async ({}, use) => {
      const server = await startStaticServer(join(root, 'out', 'renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page: browserPage, server, electronBinary }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'ospita-e2e-'));
    if (electronBinary) {
      await useElectron(electronBinary, dir, use);
      return;
    }
    const page = browserPage;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) outside.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { dialogs, record } = await installHostBridge(page, dir);
    const app: App = {
      page,
      dir,
      dialogs,
      record,
      async open(route = 'offerte') {
        await page.goto(`${server.url}/index.html#/${route}`);
        await expect(page.locator('main#main')).toBeVisible();
        await appDatabaseReady(page);
      },
      async reload() {
        await page.reload();
        await expect(page.locator('main#main')).toBeVisible();
      },
    };
    await use(app);
    expect(outside, 'the app must not request anything outside its own origin').toEqual([]);
    expect(errors, 'uncaught errors in the page').toEqual([]);
    await rm(dir, { recursive: true, force: true });
  },
});

/**
 * Waits until the app has created its IndexedDB schema. Tests that seed data with a raw `indexedDB.open('ospita')`
 * would otherwise race the app and create an empty database without its stores.
 */
export async function appDatabaseReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'ospita' && (d.version ?? 0) >= 10));
}

export { expect };

/**
 * How long to wait for a document to be generated and saved: the user sees its progress bar meanwhile. Seconds on
 * an idle machine; on two shared cores at load 50 a Word programme was still «Preparazione del documento…» after 20 s.
 */
export const DOCUMENT_SAVED = { timeout: 90_000 };

/** The same journeys against the real desktop app, where an Electron binary exists. */
async function useElectron(binary: string, dir: string, use: (app: App) => Promise<void>): Promise<void> {
  const electronApp = await _electron.launch({
    executablePath: binary,
    args: [join(root, 'out', 'main', 'index.js')],
    env: { ...process.env, OSPITA_USER_DATA: join(dir, 'userData') },
  });
  const page = await electronApp.firstWindow();
  const dialogs = new (await import('./host-bridge')).FakeDialogs(dir);
  const record: HostRecord = { printed: [], pdfs: 0, opened: [] };
  // Answer the OS dialogs from the test, as the Chromium bridge does.
  await electronApp.evaluate(({ dialog }, base) => {
    dialog.showSaveDialog = (async (_w: unknown, options: { defaultPath?: string }) => ({
      canceled: false,
      filePath: `${base}/saved/${(options.defaultPath ?? 'file').split(/[\\/]/).pop()}`,
    })) as never;
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [`${base}/folder`] })) as never;
  }, dir);
  const app: App = {
    page,
    dir,
    dialogs,
    record,
    async open(route = 'offerte') {
      await page.evaluate((r) => (window.location.hash = `#/${r}`), route);
      await expect(page.locator('main#main')).toBeVisible();
    },
    async reload() {
      await page.reload();
      await expect(page.locator('main#main')).toBeVisible();
    },
  };
  try {
    await use(app);
  } finally {
    await electronApp.close();
    await rm(dir, { recursive: true, force: true });
  }
}
