// The crash test, short: Chromium killed again and again during a stream of check-ins (the whole process group,
// the browser process, the renderer; 0–300 ms after an Enter), restarted on the same profile, once from the
// IndexedDB folder Chromium deletes on open. Every check-in the desk confirmed must be there afterwards.
// The long version: npm run crash-test -- --kills 300 (figures in the README).
import { test as base, expect } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { runCrashTest } from '../../scripts/crash/crash-test';

const test = base.extend<{ electronBinary: string | null }>({ electronBinary: [null, { option: true }] });
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('no check-in the desk confirmed is lost when the browser is killed, even when Chromium then deletes its database', async ({ electronBinary }) => {
  test.skip(electronBinary !== null, 'drives its own Chromium processes: the Electron project has none to kill here');
  test.setTimeout(300_000);
  const report = await runCrashTest({
    executablePath: (await findChromium())!,
    rendererDir: join(root, 'out', 'renderer'),
    kills: 10,
    // Bounded in time: on a loaded machine fewer kills, never a longer suite.
    maxMs: 90_000,
    minKills: 4,
    corruptEvery: 50,
    checkInsPerLife: 6,
  });
  test.info().annotations.push({ type: 'crash test', description: JSON.stringify(report) });
  // The third kill is followed by a start from the corrupted folder: Chromium deletes the database, the app notices.
  expect(report.kills.total).toBeGreaterThanOrEqual(4);
  expect(report.corruptedStarts).toBe(1);
  expect(report.chromiumDeletions).toBeGreaterThanOrEqual(1);
  expect(report.recoveredEmptied).toBeGreaterThanOrEqual(1);
  expect(report.confirmed).toBeGreaterThan(0);
  expect(report.missingAtSomeRestart).toBe(0);
  expect(report.lost).toBe(0);
  expect(report.presentAfterwards).toBe(report.confirmed);
});
