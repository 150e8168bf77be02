// The participant import in Chromium, in the built renderer: from choosing a file to what the screen shows
// next (the refusal of a 5,000-column CSV, the mapping of the longest list it takes, then its preview), and the
// longest stretch the page's thread was blocked meanwhile (the screen could not redraw or answer a click).
// Before the reading moved to a Worker, the 5,000-column file blocked the page for 9–19 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MAX_ROWS } from '../../src-renderer/lib/import/participants';
import { demoSession, seed } from '../../tests/e2e/seed';
import { startStaticServer } from '../lib/static-server.mjs';
import { openDiskContext } from './persistent-context';
import { summarise, type Figure } from './stats';

function wideCsv(columns: number, rows: number): string {
  const header = ['Cognome', 'Nome', 'Ente', ...Array.from({ length: columns - 3 }, (_, i) => `Domanda ${i + 1}`)].join(';');
  const lines = Array.from({ length: rows }, (_, r) => [`Cognome${r}`, `Nome${r}`, 'Comune di Lecco', ...Array.from({ length: columns - 3 }, (_, i) => ((r + i) % 3 === 0 ? 'sì' : 'no'))].join(';'));
  return [header, ...lines].join('\r\n');
}

/** Watches the page's frames from now on: the longest gap between two frames is the longest block. */
async function startWatching(page: Page): Promise<void> {
  // A string, not a function: the bundler that runs this script would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.__longest = 0;
    window.__watching = true;
    let last = performance.now();
    const tick = (now) => {
      window.__longest = Math.max(window.__longest, now - last);
      last = now;
      if (window.__watching) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function stopWatching(page: Page): Promise<number> {
  return page.evaluate(`(() => { window.__watching = false; return window.__longest; })()`);
}

export async function benchParticipantImport(executablePath: string, rendererDir: string, runs = 5): Promise<Figure[]> {
  const server = await startStaticServer(rendererDir);
  const { context, close } = await openDiskContext(executablePath);
  const dir = await mkdtemp(join(tmpdir(), 'ospita-bench-import-'));
  try {
    const wide = join(dir, 'colonne.csv');
    await writeFile(wide, wideCsv(5000, 10));
    const long = join(dir, 'elenco.csv');
    await writeFile(long, wideCsv(8, MAX_ROWS));
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html#/partecipanti`);
    await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).or(page.getByText('Non ci sono ancora sessioni')).first().waitFor();
    await seed(page, demoSession({ days: ['2026-05-07'], participants: 0, capacityMax: 6000 }));
    await page.reload();
    const samples = { wideShown: [] as number[], wideBlock: [] as number[], longShown: [] as number[], longBlock: [] as number[], previewShown: [] as number[] };
    for (let i = -1; i < runs; i++) {
      await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
      const input = dialog.locator('input[type=file]');

      await startWatching(page);
      let start = Date.now();
      await input.setInputFiles(wide);
      await dialog.getByText(/Il file ha 5000 colonne/).waitFor();
      const wideShown = Date.now() - start;
      const wideBlock = await stopWatching(page);

      await startWatching(page);
      start = Date.now();
      await input.setInputFiles(long);
      await dialog.getByRole('button', { name: 'Vai all’anteprima' }).waitFor();
      const longShown = Date.now() - start;
      start = Date.now();
      await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
      await dialog.getByText(`Da iscrivere: ${MAX_ROWS}`).waitFor();
      const previewShown = Date.now() - start;
      const longBlock = await stopWatching(page);

      await dialog.getByRole('button', { name: 'Chiudi', exact: true }).click();
      if (i < 0) continue;
      samples.wideShown.push(wideShown);
      samples.wideBlock.push(wideBlock);
      samples.longShown.push(longShown);
      samples.previewShown.push(previewShown);
      samples.longBlock.push(longBlock);
    }
    return [
      summarise('Importazione: CSV di 5.000 colonne (175 kB), dalla scelta al messaggio', samples.wideShown, 1000),
      summarise('Importazione: CSV di 5.000 colonne, pagina bloccata al massimo', samples.wideBlock, 200),
      summarise(`Importazione: elenco di ${MAX_ROWS.toLocaleString('it-IT')} persone, dalla scelta alle colonne`, samples.longShown, 1500),
      summarise(`Importazione: elenco di ${MAX_ROWS.toLocaleString('it-IT')} persone, dalle colonne all’anteprima`, samples.previewShown, 1500),
      summarise(`Importazione: elenco di ${MAX_ROWS.toLocaleString('it-IT')} persone, pagina bloccata al massimo`, samples.longBlock, 1000),
    ];
  } finally {
    await close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
