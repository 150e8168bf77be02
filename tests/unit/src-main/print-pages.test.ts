import { describe, expect, it } from 'vitest';
import { PrintPages } from '../../../src-main/print-pages';
import { isAppUrl, isRequestAllowed, isTrustedSender } from '../../../src-main/security';
import { createSerialQueue } from '../../../src-main/serial-queue';

describe('pages waiting to be printed', () => {
  it('are reachable only at their own unguessable address, on a host that is not the app', () => {
    const pages = new PrintPages();
    const a = pages.add('<p>a</p>');
    const b = pages.add('<p>b</p>');
    expect(a.url).not.toBe(b.url);
    expect(pages.htmlFor(a.url)).toBe('<p>a</p>');
    expect(pages.htmlFor(b.url)).toBe('<p>b</p>');
    expect(pages.htmlFor(a.url.replace('print', 'app'))).toBeNull();
    expect(pages.htmlFor(`${a.url}?x=1`)).toBeNull();
    expect(pages.htmlFor('ospita://print/00000000-0000-0000-0000-000000000000.html')).toBeNull();
    expect(pages.htmlFor('not a url')).toBeNull();
    // The print window is never mistaken for the app: no IPC answers it.
    expect(isAppUrl(a.url)).toBe(false);
    expect(isTrustedSender(a.url, true)).toBe(false);
    // …and the session's request filter lets it through, as it lets the app through, without opening file:.
    expect(isRequestAllowed(a.url)).toBe(true);
  });
});

describe('the request filter of the default session', () => {
  it('lets through only the app scheme and inline data', () => {
    for (const url of ['ospita://app/index.html', 'data:image/png;base64,AAAA', 'blob:ospita://app/1234', 'devtools://devtools/bundled/x.html']) expect(isRequestAllowed(url), url).toBe(true);
    for (const url of ['file:///opt/ospita/resources/app.asar/out/renderer/index.html', 'https://example.com/', 'http://127.0.0.1:4173/', 'ws://localhost/', 'chrome-extension://x/']) {
      expect(isRequestAllowed(url), url).toBe(false);
    }
  });
});

describe('the print queue', () => {
  it('runs one job at a time, in order, and goes on after a failed job', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let running = 0;
    const job = (name: string, ms: number, fail = false) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      running--;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(job('a', 20)), queue.run(job('b', 1, true)), queue.run(job('c', 5))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(queue.pending).toBe(0);
  });
});
