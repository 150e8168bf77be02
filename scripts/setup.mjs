#!/usr/bin/env node
// npm run setup: installs the dependencies on any machine. Electron's binary is fetched separately, so that
// where it cannot be downloaded (no internet, a blocked proxy) the install still completes without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Ospita richiede Node.js 20.19 o successivo (trovato ${process.versions.node}). / Ospita needs Node.js 20.19 or later.`);
  process.exit(1);
}

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const command = existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install'];
const install = spawnSync(npm, [...command, '--no-audit', '--no-fund'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
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
