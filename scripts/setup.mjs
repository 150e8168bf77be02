#!/usr/bin/env node
// npm run setup: installs the dependencies on any machine. Electron's binary is fetched separately, so that
// where it cannot be downloaded (no internet, a blocked proxy) the install still completes without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// What Node is needed (package.json "engines", README «Requisiti»): 20.19 runs setup, tests and start (it loads the
// ES modules of Electron's tooling); Electron 45's own tooling (electron, @electron/get, @electron/rebuild, node-abi)
// and docx's nanoid declare Node 22.12, which `npm run dist` should have.
const [major, minor] = process.versions.node.split('.').map(Number);
const atLeast = (M, m) => major > M || (major === M && minor >= m);
if (!atLeast(20, 19)) {
  console.error(`Ospita richiede Node.js 20.19 o successivo, meglio 22.12 (trovato ${process.versions.node}). / Ospita needs Node.js 20.19 or later, 22.12 recommended.`);
  process.exit(1);
}
const oldNode = !atLeast(22, 12);
if (oldNode) {
  console.log(
    `Ospita: Node ${process.versions.node} basta per installare, provare e avviare Ospita; gli avvisi EBADENGINE di Electron e dei suoi strumenti (chiedono Node 22.12) sono nascosti perché innocui qui; per "npm run dist" usare Node 22.12 o successivo. / Node ${process.versions.node} is enough for setup, tests and start; the EBADENGINE warnings of Electron's tooling (it asks for Node 22.12) are hidden as harmless here; "npm run dist" needs Node 22.12 or later.`,
  );
}

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const command = existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install'];
const quiet = oldNode ? ['--loglevel=error'] : [];
const install = spawnSync(npm, [...command, '--no-audit', '--no-fund', ...quiet], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
if (install.status !== 0) {
  console.error('Installazione delle dipendenze non riuscita: controlla la connessione al registro npm e riprova. / Installing the dependencies failed.');
  process.exit(install.status ?? 1);
}

// Now try Electron's binary, briefly: offices often block the download.
const installer = join(root, 'node_modules', 'electron', 'install.js');
const electron = process.env.OSPITA_SKIP_ELECTRON
  ? { status: 1 }
  : spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), stdio: 'ignore', timeout: 120_000 });
const binaryPresent = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));
if (electron.status === 0 && binaryPresent) {
  console.log('Ospita: dipendenze installate, Electron compreso. / Dependencies installed, Electron included.');
} else {
  console.log(
    'Ospita: Electron non è scaricabile da qui (nessuna connessione o proxy bloccato): installazione completata senza; "npm start" aprirà Ospita nel browser. / Electron could not be downloaded: installed without it; "npm start" will open Ospita in a browser.',
  );
}
