// The crash test of the check-in desk: a stream of check-ins in the built app, in Chromium on a persistent profile,
// and at a random moment (0–300 ms after an Enter) the browser is killed: the whole process group, the browser
// process, or the renderer. Then it starts again on the same profile, sometimes from the corrupted IndexedDB
// folder of tests/fixtures (which Chromium deletes on open), and every check-in the desk confirmed must be there,
// after the recovery screen if the app shows one. Counts kills, confirmed check-ins and those present afterwards.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildBackupDocument, serialiseBackup } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import { installHostBridge } from '../../tests/e2e/host-bridge';
import { demoSession } from '../../tests/e2e/seed';
import { startStaticServer } from '../lib/static-server.mjs';
import { ChromiumProcess, type KillKind } from './chromium-process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORRUPTED_FIXTURE = join(root, 'tests', 'fixtures', 'indexeddb-wiped-after-kill', 'http_127.0.0.1_4302.indexeddb.leveldb');

export interface CrashOptions {
  executablePath: string;
  rendererDir: string;
  /** How many kills. */
  kills: number;
  /** Stop killing after this long (the suite's short version), once `minKills` are done; the last checks still run. */
  maxMs?: number;
  minKills?: number;
  /** 'browser': the browser build (journal and backups in OPFS); 'electron': window.ospita bound to the main-side modules. */
  host?: 'browser' | 'electron';
  /** Restart from the corrupted IndexedDB folder after every `corruptEvery`-th kill (and at least once). */
  corruptEvery?: number;
  /** Most check-ins a life may see before its kill. */
  checkInsPerLife?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  host: 'browser' | 'electron';
  kills: Record<KillKind, number> & { total: number };
  /** Starts from the corrupted IndexedDB folder. */
  corruptedStarts: number;
  /** Times Chromium logged that it deleted a database it found corrupted. */
  chromiumDeletions: number;
  /** Recovery screens shown: database found empty, or behind the journal. */
  recoveredEmptied: number;
  recoveredBehind: number;
  unrecoverable: number;
  checkInsTried: number;
  /** Check-ins the desk confirmed on screen. */
  confirmed: number;
  /** Of those, present in the database at the end. */
  presentAfterwards: number;
  /** Confirmed check-ins missing at the end. */
  lost: number;
  /** Confirmed check-ins found missing after any restart (even if a later recovery brought them back: none should be). */
  missingAtSomeRestart: number;
  durationMs: number;
  seed: number;
}

/** A small deterministic generator, so a run can be repeated with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Checks in one person (their code, then Enter, as a scanner does); true once the desk says they are in. */
export function checkInOnScreen(page: Page, code: string, name: string): Promise<boolean> {
  return page.evaluate(
    ({ code, name }) =>
      new Promise<boolean>((resolve) => {
        const box = document.querySelector<HTMLInputElement>('#checkin-search');
        const banner = document.querySelector('.banner');
        if (!box || !banner) return resolve(false);
        // No named functions in here: the TypeScript runner would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const text = banner.textContent ?? '';
          if (!text.includes(name) || !(text.includes('ingresso registrato') || text.includes('già presente'))) return;
          observer.disconnect();
          resolve(true);
        });
        observer.observe(banner, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 8000);
        box.value = code;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }),
    { code, name },
  );
}

/** Participant ids with an entry in the database, read straight from IndexedDB. */
function presentInDatabase(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ospita');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('attendanceDays')) {
            db.close();
            return resolve([]);
          }
          const query = db.transaction('attendanceDays').objectStore('attendanceDays').getAll();
          query.onsuccess = () => {
            db.close();
            resolve((query.result as { events: { kind: string; participantId: string }[] }[]).flatMap((d) => d.events.filter((e) => e.kind === 'in').map((e) => e.participantId)));
          };
          query.onerror = () => reject(query.error);
        };
      }),
  );
}

type Opened = { page: Page; shown: 'desk' | 'emptied' | 'behind' | 'unrecoverable' };

export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rand = random(seed);
  const log = options.log ?? (() => undefined);
  const hostKind = options.host ?? 'browser';
  const perLife = options.checkInsPerLife ?? 8;
  const corruptEvery = options.corruptEvery ?? 50;
  const work = await mkdtemp(join(tmpdir(), 'ospita-crash-'));
  const profile = join(work, 'profile');
  const chromiumLog = join(work, 'chromium.log');
  await mkdir(profile, { recursive: true });
  const server = await startStaticServer(options.rendererDir);
  const port = new URL(server.url).port;
  const url = `${server.url}/index.html#/checkin`;

  const data = demoSession({ days: [localToday()], participants: Math.min(4000, options.kills * perLife + 50), capacityMax: 5000 });
  const byId = new Map(data.participants.map((p) => [p.id, p]));
  const queue = data.participants.map((p) => p.id);
  const confirmed = new Set<string>();
  const everMissing = new Set<string>();
  const report: CrashReport = {
    host: hostKind,
    kills: { total: 0, group: 0, browser: 0, renderer: 0 },
    corruptedStarts: 0,
    chromiumDeletions: 0,
    recoveredEmptied: 0,
    recoveredBehind: 0,
    unrecoverable: 0,
    checkInsTried: 0,
    confirmed: 0,
    presentAfterwards: 0,
    lost: 0,
    missingAtSomeRestart: 0,
    durationMs: 0,
    seed,
  };

  let chrome = await ChromiumProcess.launch(options.executablePath, profile, chromiumLog);

  async function newPage(): Promise<Page> {
    // Right after a renderer kill Chromium sometimes hands out a tab that crashes at once («Target crashed»):
    // the harness tries again (relaunching the browser if it went too) rather than end the run.
    for (let attempt = 1; ; attempt++) {
      try {
        const context = chrome.browser.contexts()[0] ?? (await chrome.browser.newContext());
        const page = await context.newPage();
        if (hostKind === 'electron') await installHostBridge(page as never, join(work, 'electron'));
        return page;
      } catch (error) {
        if (attempt >= 3) throw error;
        log(`new tab failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), trying again`);
        if (!chrome.browser.isConnected()) chrome = await ChromiumProcess.launch(options.executablePath, profile, chromiumLog);
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  }

  /** Opens the desk; goes through the recovery screen when the app shows it. */
  async function open(): Promise<Opened> {
    const page = await newPage();
    await page.goto(url);
    await page.locator('main[data-startup="ready"], main[data-startup="recovery"]').waitFor({ timeout: 60_000 });
    let shown: Opened['shown'] = 'desk';
    if ((await page.locator('main').getAttribute('data-startup')) === 'recovery') {
      const title = page.locator('#recovery-title');
      await page.locator('#recovery-title:not(:text("Controllo dei dati"))').waitFor({ timeout: 60_000 });
      const text = (await title.textContent()) ?? '';
      if (text.includes('non si può ricostruire')) {
        shown = 'unrecoverable';
        report.unrecoverable++;
        throw new Error(`unrecoverable after kill ${report.kills.total}: ${await page.locator('main').innerText()}`);
      }
      shown = text.includes('non ha le ultime modifiche') ? 'behind' : 'emptied';
      if (shown === 'behind') report.recoveredBehind++;
      else report.recoveredEmptied++;
      await page.getByRole('button', { name: 'Ricostruisci i dati' }).click();
      await page.getByRole('button', { name: 'Continua' }).click({ timeout: 60_000 });
    }
    await page
      .locator('main[data-startup="ready"] #checkin-search')
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        const screen = await page.locator('main').innerText().catch(() => '?');
        throw new Error(`the desk did not come back after kill ${report.kills.total} (${shown}): ${screen.slice(0, 600)}`, { cause: error });
      });
    return { page, shown };
  }

  /** After a restart: every confirmed check-in must be in the database. */
  async function verify(page: Page, when: string): Promise<void> {
    const present = new Set(await presentInDatabase(page));
    const missing = [...confirmed].filter((id) => !present.has(id));
    for (const id of missing) everMissing.add(id);
    if (missing.length) log(`MISSING after ${when}: ${missing.length} confirmed check-ins (${missing.slice(0, 5).join(', ')})`);
  }

  try {
    // The office's data, restored through the app as a coordinator would: journaled like any other change.
    {
      const page = await newPage();
      await page.goto(`${server.url}/index.html#/impostazioni`);
      await page.locator('main[data-startup="ready"]').waitFor({ timeout: 60_000 });
      const backup = join(work, 'dati.json');
      const doc = await buildBackupDocument(
        { settings: [{ ...DEFAULT_SETTINGS, stationName: 'Ingresso', updatedAt: new Date().toISOString() }], offers: [data.offer], sessions: [data.session], agendaItems: data.agendaItems, participants: data.participants, attendance: [], documentTemplates: [], questionnaires: [], feedback: [], privacyLedger: [] },
        { appVersion: JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: new Date().toISOString(), station: 'Ingresso' },
      );
      await writeFile(backup, serialiseBackup(doc));
      await page.getByLabel('Ripristina da file').setInputFiles(backup);
      await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
      await page.getByText(/Dati ripristinati/).waitFor({ timeout: 60_000 });
      await page.evaluate((id) => localStorage.setItem('ospita.currentSession', id), data.session.id);
      await page.close();
    }

    let opened = await open();
    let lifeStarted = Date.now();
    const outOfTime = () => report.kills.total >= (options.minKills ?? 0) && options.maxMs !== undefined && Date.now() - started > options.maxMs;
    while (report.kills.total < options.kills && !outOfTime()) {
      const { page } = opened;
      const killAfter = 1 + Math.floor(rand() * perLife);
      const kinds: KillKind[] = ['group', 'browser', 'renderer'];
      const kind = kinds[Math.floor(rand() * kinds.length)]!;
      const delay = Math.floor(rand() * 301);
      let killed: Promise<void> | null = null;
      for (let n = 1; queue.length; n++) {
        const id = queue.shift()!;
        const person = byId.get(id)!;
        if (n === killAfter) killed = sleep(delay).then(() => void chrome.kill(kind));
        report.checkInsTried++;
        const ok = await checkInOnScreen(page, person.checkinCode, `${person.name} ${person.surname}`).catch(() => false);
        if (ok) confirmed.add(id);
        else {
          queue.unshift(id);
          break;
        }
        // Once the kill is on its way, the stream goes on until it lands.
      }
      if (!killed) break; // everybody is in
      await killed;
      report.kills.total++;
      report.kills[kind]++;
      // Renderer killed: the browser lives on, a new window opens on the same profile. Otherwise a new browser.
      if (kind === 'renderer') await page.close().catch(() => undefined);
      else await chrome.gone();
      // The third kill, then every `corruptEvery` kills: a start from the folder Chromium deletes.
      const corrupt = report.kills.total % corruptEvery === 3 % corruptEvery;
      if (kind === 'renderer' && corrupt) await chrome.gone();
      if (corrupt) {
        const target = join(profile, 'Default', 'IndexedDB', `http_127.0.0.1_${port}.indexeddb.leveldb`);
        await rm(target, { recursive: true, force: true });
        await cp(CORRUPTED_FIXTURE, target, { recursive: true });
        report.corruptedStarts++;
      }
      const restartAt = Date.now();
      if (kind !== 'renderer' || corrupt) chrome = await ChromiumProcess.launch(options.executablePath, profile, chromiumLog);
      const launchedAt = Date.now();
      opened = await open();
      if (corrupt && opened.shown !== 'emptied') log(`start from the corrupted folder after kill ${report.kills.total}: the app showed «${opened.shown}»`);
      await verify(opened.page, `kill ${report.kills.total} (${kind}${corrupt ? ', corrupted folder' : ''}, ${opened.shown})`);
      log(`kill ${report.kills.total} ${kind} +${delay} ms after check-in ${killAfter} · ${opened.shown} · confirmed ${confirmed.size} · life ${restartAt - lifeStarted} ms, launch ${launchedAt - restartAt} ms, open ${Date.now() - launchedAt} ms`);
      lifeStarted = Date.now();
    }

    // A last start, then the count.
    await chrome.gone();
    chrome = await ChromiumProcess.launch(options.executablePath, profile, chromiumLog);
    const last = await open();
    const present = new Set(await presentInDatabase(last.page));
    report.confirmed = confirmed.size;
    report.presentAfterwards = [...confirmed].filter((id) => present.has(id)).length;
    report.lost = report.confirmed - report.presentAfterwards;
  } finally {
    await chrome.close().catch(() => undefined);
    await server.close();
    report.chromiumDeletions = ((await readFile(chromiumLog, 'utf8').catch(() => '')).match(/recovering from a corrupted \(and deleted\) database/g) ?? []).length;
    report.missingAtSomeRestart = everMissing.size;
    report.durationMs = Date.now() - started;
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
  return report;
}
