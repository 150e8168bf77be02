// Benchmarks of the check-in desk: one keystroke's search (the search the screen runs on every input) over
// generated participants, typed character by character as a person or a scanner would; and a check-in from
// Enter to the confirmation on screen, committed to IndexedDB, in Chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHostBridge } from '../../tests/e2e/host-bridge';
import { openDiskContext } from './persistent-context';
import { buildSearchIndex, searchTop, type Searchable } from '../../src-renderer/lib/domain/search';
import { demoSession, pageToday, seed } from '../../tests/e2e/seed';
import { startStaticServer } from '../lib/static-server.mjs';
import { summarise, type Figure } from './stats';

const SURNAMES = ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', "D'Amico", 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "Dell'Acqua", 'Càrdano', 'Niccolò'];
const NAMES = ['Nicolò', 'Lucia', 'Marco', 'Giulia', 'Andrea', 'Chiara', 'Giuseppe', 'Francesca', 'Luca', 'Sara', 'Matteo', 'Elena', 'Alessandro', 'Martina', 'Davide', 'Federica', 'Simone', 'Valentina', 'Gabriele', 'Ilaria', 'Mattia', 'Noemi', 'José', 'Zoë'];
const ORGS = ['Comune di Bergamo', 'Comune di Lecco', 'Comune di Sesto San Giovanni', 'Città metropolitana di Milano', 'Comune di Brescia', 'Comune di Como', 'Comune di Varese', 'Comune di Pavia', 'Comune di Cantù', 'Comune di Cinisello Balsamo', 'Regione Lombardia', 'ATS Brianza'];
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Matches drawn by the screen (SHOWN_RESULTS in features/checkin/desk.svelte.ts). */
const SHOWN = 40;

/** `count` participants with Italian names (accents and apostrophes included) and distinct codes; deterministic. */
export function generateParticipants(count: number): Searchable[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, (_, i) => {
    let code = '';
    for (let k = 0, x = i * 7919 + 104729; k < 5; k++, x = Math.floor(x / ALPHABET.length) + k * 13) code += ALPHABET[x % ALPHABET.length];
    return {
      id: `p${i}`,
      surname: SURNAMES[next() % SURNAMES.length]! + (i >= SURNAMES.length ? ` ${i}` : ''),
      name: NAMES[next() % NAMES.length]!,
      organisation: ORGS[next() % ORGS.length]!,
      checkinCode: code,
    };
  });
}

/** What is typed at the door: names, accented names, organisations and a scanned code, keystroke by keystroke. */
function keystrokes(participants: Searchable[]): string[] {
  const typed = ['rossi', 'damico', 'nicolo', 'de luca', 'comune di lecco', 'giulia ferrari', 'zoe', participants[participants.length - 1]!.checkinCode];
  return typed.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}

/** Median and 95th percentile of one keystroke's search, per list size (target: under 4 ms at the 95th percentile). */
export async function benchCheckinSearch(sizes: number[] = [500, 5000], rounds = 20): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of sizes) {
    const participants = generateParticipants(size);
    const index = buildSearchIndex(participants);
    const queries = keystrokes(participants);
    for (const q of queries) searchTop(index, q, SHOWN); // warm-up
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const start = performance.now();
        searchTop(index, q, SHOWN);
        samples.push(performance.now() - start);
      }
    }
    figures.push(summarise(`Check-in: ricerca a ogni tasto, ${size.toLocaleString('it-IT')} partecipanti`, samples, 4));
  }
  return figures;
}

/**
 * A check-in committed to IndexedDB and to the journal, and shown: from Enter in the search box (a scanned code)
 * to the confirmation naming the person, in the built renderer in Chromium, with `size` participants (target:
 * 50 ms). `journal`: 'opfs' is the browser build (the journal in the origin private file system, written by a
 * worker); 'file' binds window.ospita to the main process's modules as the end-to-end suite does (the journal
 * file appended and fsynced in Node, reached through Playwright's binding, slower than Electron's IPC).
 */
export async function benchCheckinCommit(executablePath: string, rendererDir: string, size = 500, runs = 30, journal: 'opfs' | 'file' = 'opfs'): Promise<Figure> {
  const server = await startStaticServer(rendererDir);
  const { context, close } = await openDiskContext(executablePath);
  const dataDir = await mkdtemp(join(tmpdir(), 'ospita-bench-data-'));
  try {
    const page = await context.newPage();
    if (journal === 'file') await installHostBridge(page as never, dataDir);
    await page.goto(`${server.url}/index.html#/checkin`);
    await page.locator('#session-picker, .session-picker').first().waitFor();
    const data = demoSession({ days: [await pageToday(page)], participants: size });
    await seed(page, data);
    await page.reload();
    await page.locator('main[data-startup="ready"] #checkin-search').waitFor();
    const samples: number[] = [];
    for (let i = -3; i < runs; i++) {
      const person = data.participants[(i + 3) % data.participants.length]!;
      const elapsed = await page.evaluate(
        ({ code, name }) =>
          new Promise<number>((resolve) => {
            const box = document.querySelector<HTMLInputElement>('#checkin-search')!;
            const banner = document.querySelector('.banner')!;
            box.value = code;
            box.dispatchEvent(new Event('input', { bubbles: true }));
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (banner.textContent?.includes(name)) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            // Never wait forever: a run that shows nothing within 5 s counts as 5 s.
            setTimeout(() => {
              observer.disconnect();
              resolve(5000);
            }, 5000);
            observer.observe(banner, { childList: true, subtree: true, characterData: true });
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }),
        { code: person.checkinCode, name: `${person.name} ${person.surname}` },
      );
      if (i >= 0) samples.push(elapsed);
    }
    const where = journal === 'opfs' ? '' : ', registro su file (processo principale)';
    return summarise(`Check-in: registrato e mostrato, ${size} partecipanti${where}`, samples, 50);
  } finally {
    await close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
