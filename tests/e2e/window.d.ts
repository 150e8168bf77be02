import type { HostApi } from '../../src-main/preload/api';

declare global {
  interface Window {
    ospita?: HostApi;
  }
}
