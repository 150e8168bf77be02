export const DEFAULT_PORT: number;
export const APP_FOLDER_NAME: string;
export const PROFILE_FOLDER_NAME: string;
interface Where {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
}
export function appDataFolder(options?: Where): string;
export function browserProfileFolder(options?: Where): string;
export function portFromEnv(env?: Record<string, string | undefined>): { ok: true; port: number } | { ok: false; message: string };
export function browserArgs(url: string, profileDir: string, options?: { runningAsRoot?: boolean }): string[];
export function probeInstance(origin: string, options?: { timeoutMs?: number }): Promise<'ospita' | 'other'>;
export function busyPortMessage(port: number): string;
type Server = { url: string; close(): Promise<void> };
export function serveOrReuse(options: {
  root: string;
  port: number;
  host?: string;
  start?: (root: string, options: { port: number; host: string }) => Promise<Server>;
  probe?: (origin: string) => Promise<'ospita' | 'other'>;
}): Promise<{ kind: 'started'; url: string; server: Server } | { kind: 'reused'; url: string } | { kind: 'busy'; url: string; message: string }>;
