// Backups protected by a passphrase, for copies that leave the office computer (a USB stick, an external disk):
// the backup's text, encrypted with AES-256-GCM under a key derived from the passphrase with PBKDF2-SHA-256,
// inside a small versioned JSON envelope that says how to derive the key again (salt, iterations) and holds the
// IV. WebCrypto only, no library: the same code runs in Electron, in a browser and in Node (the CLIs, the tests).
// Decrypting gives back the plain backup text, which then goes through the usual validation (backup-document.ts);
// nothing here knows the backup's content. Pure: no Dexie, no Svelte, no Electron.
import type { BackupProblem } from './backup-document';

export const PROTECTED_FORMAT = 'ospita-backup-protetto';
export const PROTECTED_FORMAT_VERSION = 1;
/** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023): about half a second on an office laptop. */
export const PBKDF2_ITERATIONS = 600_000;
/** Bounds for a file being read: fewer is too weak to have been written by us, more would freeze the app. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const SALT_BYTES = 16;
const IV_BYTES = 12;

interface EnvelopeHeader {
  format: typeof PROTECTED_FORMAT;
  formatVersion: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

export interface ProtectedEnvelope extends EnvelopeHeader {
  /** The encrypted backup text (UTF-8) with its 16-byte authentication tag, base64. */
  data: string;
}

/** Why a passphrase is not accepted for a new protected backup, or null when it is. */
export function passphraseProblem(passphrase: string, repeated: string): BackupProblem | null {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return { key: 'backup.protect.tooShort', params: { min: MIN_PASSPHRASE_LENGTH } };
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return { key: 'backup.protect.mismatch' };
  return null;
}

/**
 * Whether a file is a protected backup, judged from its first bytes (our envelope starts with its format), so a
 * plain backup of 100 MB is not parsed twice.
 */
export function isProtectedBackup(input: Uint8Array | string): boolean {
  const head = typeof input === 'string' ? input.slice(0, 256) : new TextDecoder('utf-8', { fatal: false }).decode(input.subarray(0, 256));
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"ospita-backup-protetto"/.test(head);
}

/** The envelope as the text of a file: the backup `text` encrypted under `passphrase`. */
export async function protectBackup(text: string, passphrase: string, options: { iterations?: number } = {}): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: EnvelopeHeader = {
    format: PROTECTED_FORMAT,
    formatVersion: PROTECTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: options.iterations ?? PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, new TextEncoder().encode(text));
  const envelope: ProtectedEnvelope = { ...header, data: toBase64(new Uint8Array(sealed)) };
  return `${JSON.stringify(envelope)}\n`;
}

export type UnprotectResult = { ok: true; text: string } | { ok: false; problem: BackupProblem };

/**
 * The backup text inside a protected file. A wrong passphrase (or a file changed since it was written: AES-GCM
 * cannot tell the two apart) gives a problem, never an exception; nothing is decrypted halfway.
 */
export async function unprotectBackup(input: Uint8Array | string, passphrase: string): Promise<UnprotectResult> {
  const damaged = (detail: string): UnprotectResult => ({ ok: false, problem: { key: 'backup.unlock.damaged', params: { detail } } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof input === 'string' ? input.replace(/^\uFEFF/, '') : new TextDecoder('utf-8', { fatal: true }).decode(input));
  } catch {
    return damaged('il file è incompleto');
  }
  if (!isObject(parsed) || parsed.format !== PROTECTED_FORMAT) return damaged('non è un backup protetto di Ospita');
  if (typeof parsed.formatVersion === 'number' && parsed.formatVersion > PROTECTED_FORMAT_VERSION) return { ok: false, problem: { key: 'backup.unlock.newerFormat' } };
  const header = readHeader(parsed);
  if (!header || typeof parsed.data !== 'string') return damaged('mancano dei campi');
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, sealed: Uint8Array<ArrayBuffer>;
  try {
    [salt, iv, sealed] = [fromBase64(header.kdf.salt), fromBase64(header.cipher.iv), fromBase64(parsed.data)];
  } catch {
    return damaged('contenuto non leggibile');
  }
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES || sealed.length < 16) return damaged('contenuto non leggibile');
  if (passphrase === '') return { ok: false, problem: { key: 'backup.unlock.empty' } };
  try {
    const key = await deriveKey(passphrase, salt, header.kdf.iterations, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, sealed);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problem: { key: 'backup.unlock.wrong' } };
  }
}

/** The header fields in a fixed order, checked: they are authenticated with the data, so none can be altered. */
function readHeader(value: Record<string, unknown>): EnvelopeHeader | null {
  const { kdf, cipher } = value;
  if (!isObject(kdf) || !isObject(cipher)) return null;
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string') return null;
  if (typeof kdf.iterations !== 'number' || !Number.isInteger(kdf.iterations) || kdf.iterations < MIN_ITERATIONS || kdf.iterations > MAX_ITERATIONS) return null;
  if (cipher.name !== 'AES-GCM' || typeof cipher.iv !== 'string') return null;
  return {
    format: PROTECTED_FORMAT,
    formatVersion: PROTECTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv },
  };
}

function headerBytes(header: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, kdf, cipher } = header;
  return new TextEncoder().encode(JSON.stringify({ format, formatVersion, kdf, cipher }));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage): Promise<CryptoKey> {
  // The same passphrase typed on another keyboard or system may arrive composed differently («è» as one or two
  // code points): NFC makes them the same bytes.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [use]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
