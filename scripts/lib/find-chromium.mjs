// Where is a Chromium to drive? CHROMIUM_PATH, else Debian's /usr/bin/chromium and the usual places of Chrome,
// Chromium and Edge (Chromium too) on Linux, Windows and macOS, else a browser Playwright installed earlier.
// Never downloads one.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The places to look, in order, for this platform. */
export function chromiumCandidates({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  const candidates = [env.CHROMIUM_PATH];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(Boolean);
    for (const exe of [['Google', 'Chrome', 'Application', 'chrome.exe'], ['Chromium', 'Application', 'chrome.exe'], ['Microsoft', 'Edge', 'Application', 'msedge.exe']]) {
      for (const root of roots) candidates.push(win32.join(root, ...exe));
    }
  } else if (platform === 'darwin') {
    for (const app of ['Google Chrome', 'Chromium', 'Microsoft Edge']) {
      for (const root of ['/Applications', posix.join(home, 'Applications')]) candidates.push(posix.join(root, `${app}.app`, 'Contents', 'MacOS', app));
    }
  } else {
    candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium');
  }
  return candidates.filter(Boolean);
}

export async function findChromium() {
  const candidates = chromiumCandidates();
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core not installed yet
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING =
  'Chromium non trovato. Installalo con "sudo apt-get install -y chromium" oppure indica il percorso in CHROMIUM_PATH. / Chromium not found: install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH.';

/** Flags for a headless Chromium on a machine with no network: no background requests at all. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];
