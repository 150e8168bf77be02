#!/usr/bin/env node
// npm start: builds and launches the desktop app; where there is no Electron binary, serves the built app on
// 127.0.0.1 and opens it in Chromium/Chrome if one is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/find-chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

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
  console.log('Ospita: Electron non è installato su questo computer: apro Ospita nel browser. / Electron is not installed here: serving Ospita for a browser.');
  const preferred = Number(process.env.PORT ?? 4173);
  let server;
  try {
    server = await startStaticServer(join(root, 'out', 'renderer'), { port: preferred });
  } catch {
    server = await startStaticServer(join(root, 'out', 'renderer'), { port: 0 });
  }
  const url = `${server.url}/index.html`;
  console.log(`Ospita è disponibile su / is available at: ${url}`);
  console.log('Premi Ctrl+C per chiudere. / Press Ctrl+C to stop.');
  const browser = process.env.OSPITA_NO_BROWSER ? null : await findChromium();
  if (browser) {
    const args = [`--app=${url}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const child = spawn(browser, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Apri l’indirizzo qui sopra in un browser. / Open the address above in a browser.'));
    child.unref();
  }
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
