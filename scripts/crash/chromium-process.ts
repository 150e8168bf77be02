// A Chromium the crash test owns: started in a process group of its own on a persistent profile, driven over
// the DevTools protocol, and killed without warning (the whole group, the browser process, or the renderers).
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/find-chromium.mjs';

export type KillKind = 'group' | 'browser' | 'renderer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class ChromiumProcess {
  private constructor(
    readonly pid: number,
    readonly browser: Browser,
  ) {}

  /** Starts Chromium on `profile`; its messages go to `logFile` (Chromium's own log of a database it deletes). */
  static async launch(executablePath: string, profile: string, logFile: string): Promise<ChromiumProcess> {
    await rm(join(profile, 'DevToolsActivePort'), { force: true });
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(executablePath, [...CHROMIUM_ARGS, '--headless=new', '--enable-logging=stderr', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.unref();
    const pid = child.pid!;
    let port = 0;
    for (let i = 0; i < 600 && !port; i++) {
      const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
      port = Number(text.split('\n')[0]) || 0;
      if (!port) await sleep(50);
    }
    if (!port) {
      ChromiumProcess.killGroup(pid);
      throw new Error('Chromium did not start');
    }
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return new ChromiumProcess(pid, browser);
  }

  private static killGroup(pid: number): void {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  /** Pids of this Chromium's renderer processes. */
  rendererPids(): number[] {
    const out = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, pgid, ...args]) => Number(pgid) === this.pid && args.join(' ').includes('--type=renderer'))
      .map(([pid]) => Number(pid));
  }

  /** Kills without warning. Returns false when there was nothing of that kind to kill. */
  kill(kind: KillKind): boolean {
    if (kind === 'group') ChromiumProcess.killGroup(this.pid);
    else if (kind === 'browser') {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        return false;
      }
    } else {
      const renderers = this.rendererPids();
      if (!renderers.length) return false;
      for (const pid of renderers) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
    }
    return true;
  }

  /** Waits for every process of the group to end (killing what lingers after `ms`), so the profile is free again. */
  async gone(ms = 3000): Promise<void> {
    await this.browser.close().catch(() => undefined);
    const until = Date.now() + ms;
    while (Date.now() < until && (alive(-this.pid) || alive(this.pid))) await sleep(25);
    ChromiumProcess.killGroup(this.pid);
    for (let i = 0; i < 200 && (alive(-this.pid) || alive(this.pid)); i++) await sleep(25);
  }

  /** Ends it as a user closing the window would not: used only to finish the test. */
  async close(): Promise<void> {
    try {
      process.kill(-this.pid, 'SIGTERM');
    } catch {
      // gone
    }
    await this.gone(5000);
  }
}
