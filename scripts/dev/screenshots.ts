// Screenshots of every screen with the demo data: at 1366×768 for the README (docs/screenshots/), and at the
// small laptop size 1024×768 (docs/screenshots/1024x768/), where nothing may scroll sideways.
// Usage: npm run demo -- --out /tmp/demo.json && npx electron-vite build && npx tsx scripts/dev/screenshots.ts /tmp/demo.json
//   [--size 1366x768 --size 1024x768] [--lang it|en] [--out DIR] [--full-page]
// With --out every size goes to DIR/<width>x<height>/ (for looking at screens while working, not for the README).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium.mjs';
import { startStaticServer } from '../lib/static-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', multiple: true },
    lang: { type: 'string', default: 'it' },
    out: { type: 'string' },
    'full-page': { type: 'boolean', default: false },
  },
});
const backup = positionals[0];
if (!backup) throw new Error('usage: screenshots.ts DEMO_BACKUP.json [--size WxH]... [--lang it|en] [--out DIR] [--full-page]');
const lang = values.lang === 'en' ? 'en' : 'it';
const sizes = (values.size?.length ? values.size : ['1366x768', '1024x768']).map((s) => {
  const [width, height] = s.split('x').map(Number);
  if (!width || !height) throw new Error(`not a size: ${s} (write it as 1024x768)`);
  return { width, height };
});

/** The README's set is the first size in Italian; the other sizes and English go in a folder of their own. */
function folderFor(size: { width: number; height: number }, index: number): string {
  const name = `${size.width}x${size.height}${lang === 'en' ? '-en' : ''}`;
  if (values.out) return join(values.out, name);
  return index === 0 && lang === 'it' ? join(process.cwd(), 'docs', 'screenshots') : join(process.cwd(), 'docs', 'screenshots', name);
}

const server = await startStaticServer(join(process.cwd(), 'out', 'renderer'));
const browser = await chromium.launch({ executablePath: (await findChromium())!, args: CHROMIUM_ARGS });

async function screens(browser: Browser, size: { width: number; height: number }, out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage({ viewport: size, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const shot = async (name: string, prepare: (page: Page) => Promise<void>): Promise<void> => {
    await prepare(page);
    await page.waitForTimeout(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: values['full-page'] });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`${join(out, `${name}.png`)}${sideways > 0 ? `  (scrolls sideways by ${sideways} px)` : ''}`);
  };
  const go = async (route: string) => {
    await page.goto(`${server.url}/index.html#/${route}`);
    await page.locator('main h1').first().waitFor();
  };
  // The language is read when the app starts: set it, then reload.
  const setLang = async (l: string) => {
    await page.evaluate((v) => localStorage.setItem('ospita.locale', v), l);
    await page.reload();
    await page.locator('main h1').first().waitFor();
  };
  try {
    // The first run: an empty Ospita says what to do first and offers the demo data.
    await go('offerte');
    await setLang(lang);
    await shot('primo-avvio', async () => {
      await go('offerte');
      await page.locator('.first-run, [data-first-run]').or(page.getByRole('button', { name: lang === 'it' ? 'Prova con i dati dimostrativi' : 'Try it with demo data' })).first().waitFor();
    });
    await setLang('it');
    await go('impostazioni');
    await page.getByLabel('Ripristina da file').setInputFiles(backup!);
    await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
    await page.getByText(/Dati ripristinati/).waitFor();
    await setLang(lang);
    await shot('impostazioni', async () => go('impostazioni'));
    await shot('offerte', async () => go('offerte'));
    await shot('sessioni', async () => go('sessioni'));
    // The San Rocco visit: the two-day session with its programme, participants and check-ins.
    await go('programma');
    const picker = page.locator('select').filter({ has: page.locator('option', { hasText: /Co-progettazione/ }) }).first();
    const options = await picker.locator('option').allTextContents();
    const sanRocco = options.find((o) => /Co-progettazione/i.test(o));
    if (sanRocco) await picker.selectOption({ label: sanRocco });
    await shot('programma', async () => go('programma'));
    await shot('partecipanti', async () => go('partecipanti'));
    await shot('messaggi', async () => {
      await go('partecipanti');
      const title = lang === 'it' ? 'E-mail agli ospiti' : 'E-mails to guests';
      await page.getByRole('button', { name: title }).click();
      await page.getByRole('dialog', { name: title }).getByTestId('message-preview').waitFor();
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
      await page.getByRole('button', { name: lang === 'it' ? 'Ricostruisci i dati' : /Rebuild/ }).first().waitFor();
    });
  } finally {
    await page.close();
  }
}

try {
  for (const [i, size] of sizes.entries()) await screens(browser, size, folderFor(size, i));
} finally {
  await browser.close();
  await server.close();
}
