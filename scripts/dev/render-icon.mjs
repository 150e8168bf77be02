// Draws build/icon.png from build/icon.svg with the local Chromium (run by hand when the icon changes).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../lib/find-chromium.mjs';
const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
