#!/usr/bin/env node
// npm start: builds and launches the desktop app; where there is no Electron binary, serves the built app on
// 127.0.0.1:4173 and opens it in Chromium/Chrome/Edge with a profile of its own in the app's data folder
// (scripts/lib/browser-fallback.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserArgs, browserProfileFolder, portFromEnv, serveOrReuse } from './lib/browser-fallback.mjs';
import { findChromium } from './lib/find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

if (!process.argv.includes('--no-build')) {
  console.log('Ospita: preparo l’applicazione… / building the app…');
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('La preparazione non è riuscita: esegui "npm run setup" e riprova. / The build failed: run "npm run setup" and try again.');
    process.exit(1);
  }
}

function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [join(root, 'out', 'main', 'index.js')], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await openInBrowser();
}

/** Without Electron: the app served on 127.0.0.1 at a fixed port, opened in a Chromium with a profile of its own. */
async function openInBrowser() {
  console.log('Ospita: Electron non è installato su questo computer: apro Ospita nel browser. / Electron is not installed here: serving Ospita for a browser.');
  const port = portFromEnv();
  if (!port.ok) {
    console.error(port.message);
    process.exit(1);
  }
  const outcome = await serveOrReuse({ root: join(root, 'out', 'renderer'), port: port.port });
  if (outcome.kind === 'busy') {
    console.error(outcome.message);
    process.exit(1);
  }
  const url = `${outcome.url}/index.html`;
  if (outcome.kind === 'reused') console.log(`Ospita è già in funzione su questo computer (${url}): apro una finestra. / Ospita is already running here: opening a window.`);
  else console.log(`Ospita è disponibile su / is available at: ${url}`);

  const browser = process.env.OSPITA_NO_BROWSER ? null : await findChromium();
  if (process.env.OSPITA_NO_BROWSER) {
    // Asked not to open one (tests, a server for another machine's browser).
  } else if (browser) {
    const profile = browserProfileFolder();
    const firstTime = !existsSync(profile);
    mkdirSync(profile, { recursive: true, mode: 0o700 });
    console.log(`I dati di Ospita restano nel profilo del browser riservato a Ospita: ${profile}`);
    if (firstTime) {
      console.log(
        'Prima apertura con il profilo riservato. Se prima d’ora usavi Ospita nel browser, i dati sono rimasti nel profilo abituale: ' +
          `aprilo all’indirizzo ${url}, esporta un backup da Impostazioni e ripristinalo nella nuova finestra.`,
      );
    }
    const child = spawn(browser, browserArgs(url, profile, { runningAsRoot: process.getuid?.() === 0 }), { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Apri l’indirizzo qui sopra in un browser. / Open the address above in a browser.'));
    child.unref();
  } else {
    console.log('Nessun Chromium/Chrome/Edge trovato: apri l’indirizzo qui sopra in un browser (i dati resteranno nel profilo di quel browser). / No Chromium found: open the address above in a browser.');
  }
  if (outcome.kind === 'reused') return;
  console.log('Premi Ctrl+C per chiudere. / Press Ctrl+C to stop.');
  const stop = () => outcome.server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
