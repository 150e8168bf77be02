// Screenshots of every screen at 1366×768 with the demo data, for the README (docs/screenshots/).
// Usage: npm run demo -- --out /tmp/demo.json && npx electron-vite build && npx tsx scripts/dev/screenshots.ts /tmp/demo.json
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium.mjs';
import { startStaticServer } from '../lib/static-server.mjs';

const backup = process.argv[2];
if (!backup) throw new Error('usage: screenshots.ts DEMO_BACKUP.json');
const out = join(process.cwd(), 'docs', 'screenshots');
await mkdir(out, { recursive: true });

const server = await startStaticServer(join(process.cwd(), 'out', 'renderer'));
const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });

async function shot(name: string, prepare: (page: Page) => Promise<void>): Promise<void> {
  await prepare(page);
  await page.waitForTimeout(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

const go = async (route: string) => {
  await page.goto(`${server.url}/index.html#/${route}`);
  await page.locator('main h1').first().waitFor();
};

try {
  // The first run: an empty Ospita says what to do first and offers the demo data.
  await shot('primo-avvio', async () => {
    await go('offerte');
    await page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).waitFor();
  });
  await go('impostazioni');
  await page.getByLabel('Ripristina da file').setInputFiles(backup);
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await page.getByText(/Dati ripristinati/).waitFor();
  await shot('impostazioni', async () => go('impostazioni'));
  await shot('offerte', async () => go('offerte'));
  await shot('sessioni', async () => go('sessioni'));
  // The San Rocco visit: the two-day session with its programme, participants and check-ins.
  await go('programma');
  const picker = page.getByLabel('Sessione', { exact: true });
  const options = await picker.locator('option').allTextContents();
  const sanRocco = options.find((o) => /Co-progettazione/i.test(o));
  if (sanRocco) await picker.selectOption({ label: sanRocco });
  await shot('programma', async () => go('programma'));
  await shot('partecipanti', async () => go('partecipanti'));
  await shot('messaggi', async () => {
    await go('partecipanti');
    await page.getByRole('button', { name: 'E-mail agli ospiti' }).click();
    await page.getByRole('dialog', { name: 'E-mail agli ospiti' }).getByTestId('message-preview').waitFor();
  });
  await shot('checkin', async () => go('checkin'));
  await shot('documenti', async () => go('documenti'));
  await shot('questionario', async () => go('questionario'));
  await shot('riepilogo', async () => {
    await go('riepilogo');
    await page.locator('canvas, svg').first().waitFor();
  });
  // The recovery screen: the database deleted, as Chromium does with one it finds damaged after a kill.
  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('ospita');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
  }));
  await shot('ricostruzione', async () => {
    await page.goto(`${server.url}/index.html#/checkin`);
    await page.reload();
    await page.getByRole('button', { name: 'Ricostruisci i dati' }).waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
