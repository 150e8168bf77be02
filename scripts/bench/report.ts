// Benchmark of the Riepilogo over ten years of a busy office (500 sessions, one a week, 5,000 people, 50,000
// attendance events, 2,000 questionnaires): in the built renderer, in Chromium with its IndexedDB on disk, from
// the click on «Riepilogo» to the year's figures and first chart on screen (target: 300 ms), and from «Mostra»
// with the whole ten years to the new figures. Run alone: `npx tsx scripts/bench/report.ts` after a build.
import { groupIntoDays } from '../../src-renderer/lib/db/attendance-days';
import { groupIntoFeedbackLists } from '../../src-renderer/lib/db/feedback-lists';
import { groupIntoLists } from '../../src-renderer/lib/db/participant-lists';
import { sampleData } from '../lib/sample-data';
import { startStaticServer } from '../lib/static-server.mjs';
import type { Page } from 'playwright-core';
import { openDiskContext } from './persistent-context';
import { summarise, type Figure } from './stats';

export const REPORT_TARGET_MS = 300;
/** Once after a restore or an upgrade, every session's figures are computed again from its records. */
export const FIRST_COMPUTATION_TARGET_MS = 2000;

/** Ten years of sessions, one a week from May 2026, those already past held. */
function tenYears() {
  const data = sampleData({ sessions: 500, participants: 5000, attendance: 50000, responses: 2000 });
  data.sessions = data.sessions.map((s, i) => ({ ...s, status: i % 25 === 7 ? 'annullata' : 'svolta' }));
  return data;
}

/** From «Mostra» with the whole ten years to the new figures on screen (the Riepilogo must be open). */
async function showTenYears(page: Page): Promise<number> {
  await page.locator('#report-period').waitFor();
  await page.locator('#report-from').fill('01/01/2026');
  await page.locator('#report-to').fill('31/12/2036');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const heading = document.querySelector('#report-period')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (heading.textContent?.includes('2036')) {
            observer.disconnect();
            // The figures are drawn in the same update as the heading; wait for the frame that shows them.
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(heading, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(10000);
        }, 10000);
        document.querySelector<HTMLFormElement>('form.period')!.requestSubmit();
      }),
  );
}

/** Forgets every session's kept figures, as after a restore or an upgrade: the next report computes them all. */
async function forgetKeptFigures(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('reportFigures', 'readwrite');
      tx.objectStore('reportFigures').clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

export async function benchReport(executablePath: string, rendererDir: string, runs = 15): Promise<Figure[]> {
  const server = await startStaticServer(rendererDir);
  const { context, close } = await openDiskContext(executablePath);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html#/offerte`);
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'ospita'));
    const data = tenYears();
    await page.evaluate(async (d) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ospita');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows: Record<string, unknown[]> = { settings: d.settings, offers: d.offers, sessions: d.sessions, agendaItems: d.agendaItems, participantLists: d.participantLists, attendanceDays: d.attendanceDays, feedbackLists: d.feedbackLists, questionnaires: d.questionnaires };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(rows), 'readwrite');
        for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { ...data, participantLists: groupIntoLists(data.participants), attendanceDays: groupIntoDays(data.attendance), feedbackLists: groupIntoFeedbackLists(data.feedback) });
    await page.reload();
    await page.locator('main#main h1').waitFor();

    const open: number[] = [];
    const whole: number[] = [];
    for (let i = -2; i < runs; i++) {
      await page.goto(`${server.url}/index.html#/offerte`);
      await page.locator('main#main h1').waitFor();
      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.figure dd') && document.querySelector('.chart svg')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            setTimeout(() => {
              observer.disconnect();
              resolve(30000);
            }, 30000);
            document.querySelector<HTMLAnchorElement>('a[href="#/riepilogo"]')!.click();
          }),
      );
      if (i >= 0) open.push(elapsed);
      const all = await showTenYears(page);
      if (i >= 0) whole.push(all);
      if (process.env.OSPITA_BENCH_VERBOSE) console.log(`run ${i}: ${elapsed.toFixed(1)} ms, ten years ${all.toFixed(1)} ms`);
    }
    // The first report after a restore or an upgrade computes every session's figures once and keeps them.
    const cold: number[] = [];
    for (let i = 0; i < Math.max(3, Math.round(runs / 3)); i++) {
      await page.goto(`${server.url}/index.html#/offerte`);
      await page.locator('main#main h1').waitFor();
      await page.locator('a[href="#/riepilogo"]').click();
      await page.locator('#report-period').waitFor();
      await forgetKeptFigures(page);
      cold.push(await showTenYears(page));
      if (process.env.OSPITA_BENCH_VERBOSE) console.log(`first computation, ten years: ${cold.at(-1)!.toFixed(1)} ms`);
    }
    return [
      summarise('Riepilogo: apertura, anno in corso (10 anni di dati: 500 sessioni, 5.000 persone, 50.000 presenze)', open, REPORT_TARGET_MS),
      summarise('Riepilogo: tutti i dieci anni (stessi dati)', whole, REPORT_TARGET_MS),
      summarise('Riepilogo: dieci anni, primo calcolo dopo un ripristino o un aggiornamento (una volta sola)', cold, FIRST_COMPUTATION_TARGET_MS, 'ms', 'i totali di ogni sessione vengono calcolati e conservati'),
    ];
  } finally {
    await close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { findChromium } = await import('../lib/find-chromium.mjs');
  const { join, dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const figures = await benchReport((await findChromium())!, join(root, 'out', 'renderer'), 8);
  for (const f of figures) console.log(`${f.name}: mediana ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`);
}
