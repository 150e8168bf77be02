// Where is a Chromium to drive? CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a browser Playwright
// installed earlier. Never downloads one.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
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
