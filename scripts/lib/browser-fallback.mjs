// `npm start` without Electron: where the browser keeps Ospita's data, how it is opened, and what to do when the
// port is taken. The browser gets a profile of its own inside the app's data folder, so the app's IndexedDB (all
// the personal data) never sits in the person's everyday profile among its extensions and synced accounts; the
// port is always the same, because another port is another origin and the data would seem to vanish.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { INSTANCE_PATH, startStaticServer } from './static-server.mjs';

export const DEFAULT_PORT = 4173;
/** The productName: Electron's app.getPath('userData') is the appData folder followed by it. */
export const APP_FOLDER_NAME = 'Ospita';
export const PROFILE_FOLDER_NAME = 'browser-profile';

/**
 * The app's data folder, where the desktop app keeps its database and backups: %APPDATA%\Ospita on Windows,
 * ~/Library/Application Support/Ospita on macOS, $XDG_CONFIG_HOME/Ospita (~/.config/Ospita) elsewhere;
 * OSPITA_USER_DATA when set, as for the desktop app.
 */
export function appDataFolder({ platform = process.platform, env = process.env, home = homedir() } = {}) {
  const path = platform === 'win32' ? win32 : posix;
  if (env.OSPITA_USER_DATA) return path.resolve(env.OSPITA_USER_DATA);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_FOLDER_NAME);
}

export function browserProfileFolder(options = {}) {
  const path = (options.platform ?? process.platform) === 'win32' ? win32 : posix;
  return path.join(appDataFolder(options), PROFILE_FOLDER_NAME);
}

/** The port from OSPITA_PORT (a deliberate choice, unlike a PORT left over from another tool), else 4173. */
export function portFromEnv(env = process.env) {
  const raw = env.OSPITA_PORT;
  if (raw === undefined || raw === '') return { ok: true, port: DEFAULT_PORT };
  const port = Number(raw);
  if (Number.isInteger(port) && port >= 1024 && port <= 65535) return { ok: true, port };
  return { ok: false, message: `OSPITA_PORT=«${raw}» non è una porta valida: indica un numero tra 1024 e 65535 (di solito si lascia vuoto: Ospita usa ${DEFAULT_PORT}).` };
}

/**
 * Chromium's command line: its own profile, the app in a window of its own, and nothing that talks to the
 * network in the background (the app itself makes no requests).
 */
export function browserArgs(url, profileDir, { runningAsRoot = false } = {}) {
  const args = [
    `--user-data-dir=${profileDir}`,
    `--app=${url}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    // Date fields and validation bubbles in Italian, as in the desktop app (where the platform honours it).
    '--lang=it-IT',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, some kiosks).
  if (runningAsRoot) args.push('--no-sandbox');
  return args;
}

/** 'ospita' when an Ospita server answers at `origin`, else 'other' (another program, or nothing that replies). */
export async function probeInstance(origin, { timeoutMs = 2000 } = {}) {
  try {
    const response = await fetch(`${origin}${INSTANCE_PATH}`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!response.ok) return 'other';
    const body = await response.json();
    return body && body.app === 'ospita' ? 'ospita' : 'other';
  } catch {
    return 'other';
  }
}

export function busyPortMessage(port) {
  return (
    `La porta ${port} di questo computer è già usata da un altro programma: Ospita non può aprirsi nel browser.\n` +
    `Chiudi quel programma e riprova. Oppure avvia Ospita su un'altra porta, per esempio con OSPITA_PORT=${port + 1} npm start ` +
    `(attenzione: su un'altra porta il browser non mostra i dati salvati su questa, perché per il browser è un altro sito).`
  );
}

/**
 * Serves the app on the fixed port, or finds an Ospita already serving there (another `npm start`): then the
 * browser is simply opened at it. A port held by anything else stops the start with a message, never a random
 * port. Returns { kind: 'started', url, server } | { kind: 'reused', url } | { kind: 'busy', url, message }.
 */
export async function serveOrReuse({ root, port, host = '127.0.0.1', start = startStaticServer, probe = probeInstance }) {
  try {
    const server = await start(root, { port, host });
    return { kind: 'started', url: server.url, server };
  } catch (error) {
    const url = `http://${host}:${port}`;
    if (error?.code === 'EADDRINUSE') {
      return (await probe(url)) === 'ospita' ? { kind: 'reused', url } : { kind: 'busy', url, message: busyPortMessage(port) };
    }
    const reason = error?.code === 'EACCES' ? 'il sistema non permette di usarla' : String(error?.message ?? error);
    return { kind: 'busy', url, message: `Ospita non può usare la porta ${port} su ${host}: ${reason}.` };
  }
}
