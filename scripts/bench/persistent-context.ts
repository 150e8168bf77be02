// A Chromium profile on disk, as the app has: IndexedDB then writes to files, as it does for users, instead of
// the in-memory store of a throwaway (incognito) context, which is faster and would flatter the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/find-chromium.mjs';

export interface DiskContext {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openDiskContext(executablePath: string): Promise<DiskContext> {
  const profile = await mkdtemp(join(tmpdir(), 'ospita-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 } });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
