// The only reader of window.ospita. Where there is no Electron the same UI runs on the browser implementation.
import type { HostApi } from '../../src-main/preload/api';
import { browserHost } from './host-browser';

declare global {
  interface Window {
    ospita?: HostApi;
  }
}

let current: HostApi = (typeof window !== 'undefined' && window.ospita) || browserHost;

/** The host the app talks to: always the current one (unit tests put the real main-side handlers behind it). */
export const host: HostApi = new Proxy({} as HostApi, { get: (_target, key) => Reflect.get(current, key) as unknown });
export const isDesktop = typeof window !== 'undefined' && Boolean(window.ospita);

/** Unit tests and command-line tools point the app at a host of their own. */
export function useHost(replacement: HostApi): void {
  current = replacement;
}

export type * from '../../src-main/preload/api';
