// The only reader of window.ospita. Where there is no Electron the same UI runs on the browser implementation.
import type { HostApi } from '../../src-main/preload/api';
import { browserHost } from './host-browser';

declare global {
  interface Window {
    ospita?: HostApi;
  }
}

export const host: HostApi = (typeof window !== 'undefined' && window.ospita) || browserHost;
export const isDesktop = typeof window !== 'undefined' && Boolean(window.ospita);

export type * from '../../src-main/preload/api';
