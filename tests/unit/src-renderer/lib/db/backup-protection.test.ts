import { describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { readBackup } from '../../../../../src-renderer/lib/db/backup';
import { buildBackupDocument, serialiseBackup } from '../../../../../src-renderer/lib/db/backup-document';
import {
  isProtectedBackup,
  passphraseProblem,
  PBKDF2_ITERATIONS,
  protectBackup,
  unprotectBackup,
  type ProtectedEnvelope,
} from '../../../../../src-renderer/lib/db/backup-protection';
import { CURRENT_SCHEMA_VERSION } from '../../../../../src-renderer/lib/db/versions';
import { APP_VERSION } from '../../../../../src-renderer/lib/db/backup';

// The lowest count a file may declare: enough to prove the mechanics without the seconds of the real one.
const FAST = { iterations: 100_000 };
const PASS = 'tre gatti sul tetto';

async function plainBackup(): Promise<string> {
  const doc = await buildBackupDocument(sampleData(), { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'A' });
  return serialiseBackup(doc);
}

describe('a backup protected by a passphrase', () => {
  it('holds nothing readable, and with the passphrase gives back the very backup, which then validates', async () => {
    const plain = await plainBackup();
    const sealed = await protectBackup(plain, PASS, FAST);
    const envelope = JSON.parse(sealed) as ProtectedEnvelope;
    expect(envelope).toMatchObject({ format: 'ospita-backup-protetto', formatVersion: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 }, cipher: { name: 'AES-GCM' } });
    expect(sealed).not.toMatch(/Rossi|comune\.example|ospita-backup"|Bergamo/);
    const opened = await unprotectBackup(sealed, PASS);
    expect(opened).toEqual({ ok: true, text: plain });
    const read = await readBackup(opened.ok ? opened.text : '');
    expect(read.ok).toBe(true);
  });

  it('uses a fresh salt and IV every time, and a strong key derivation by default', async () => {
    const a = JSON.parse(await protectBackup('{}', PASS, FAST)) as ProtectedEnvelope;
    const b = JSON.parse(await protectBackup('{}', PASS, FAST)) as ProtectedEnvelope;
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect((JSON.parse(await protectBackup('{}', PASS)) as ProtectedEnvelope).kdf.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('refuses a wrong passphrase with a clear reason, never an exception', async () => {
    const sealed = await protectBackup(await plainBackup(), PASS, FAST);
    for (const wrong of ['tre gatti sul tetto ', 'Tre gatti sul tetto', 'tre gatti', 'x']) {
      expect(await unprotectBackup(sealed, wrong), wrong).toEqual({ ok: false, problem: { key: 'backup.unlock.wrong' } });
    }
    expect(await unprotectBackup(sealed, '')).toEqual({ ok: false, problem: { key: 'backup.unlock.empty' } });
  });

  it('accepts the passphrase however its accents were composed', async () => {
    const sealed = await protectBackup('{}', 'perché così è', FAST);
    expect((await unprotectBackup(sealed, 'perche\u0301 cosi\u0300 e\u0300')).ok).toBe(true);
  });

  it('notices any change to the file, the header included (fewer iterations, another salt)', async () => {
    const sealed = await protectBackup('{"a":1}', PASS, FAST);
    const edit = (change: (e: ProtectedEnvelope) => void) => {
      const e = JSON.parse(sealed) as ProtectedEnvelope;
      change(e);
      return JSON.stringify(e);
    };
    expect(await unprotectBackup(edit((e) => (e.kdf.iterations = 100_001)), PASS)).toEqual({ ok: false, problem: { key: 'backup.unlock.wrong' } });
    expect(await unprotectBackup(edit((e) => (e.kdf.salt = btoa('another salt 16b'))), PASS)).toEqual({ ok: false, problem: { key: 'backup.unlock.wrong' } });
    const flipped = edit((e) => (e.data = (e.data[0] === 'A' ? 'B' : 'A') + e.data.slice(1)));
    expect(await unprotectBackup(flipped, PASS)).toEqual({ ok: false, problem: { key: 'backup.unlock.wrong' } });
  });

  it('says a damaged, truncated or newer file cannot be opened', async () => {
    const sealed = await protectBackup('{"a":1}', PASS, FAST);
    expect(await unprotectBackup(sealed.slice(0, 80), PASS)).toMatchObject({ ok: false, problem: { key: 'backup.unlock.damaged' } });
    const e = JSON.parse(sealed) as ProtectedEnvelope;
    expect(await unprotectBackup(JSON.stringify({ ...e, formatVersion: 2 }), PASS)).toEqual({ ok: false, problem: { key: 'backup.unlock.newerFormat' } });
    expect(await unprotectBackup(JSON.stringify({ ...e, kdf: { ...e.kdf, iterations: 1000 } }), PASS)).toMatchObject({ ok: false, problem: { key: 'backup.unlock.damaged' } });
    expect(await unprotectBackup(JSON.stringify({ ...e, kdf: { ...e.kdf, iterations: 1e9 } }), PASS)).toMatchObject({ ok: false, problem: { key: 'backup.unlock.damaged' } });
    expect(await unprotectBackup(JSON.stringify({ ...e, cipher: { name: 'AES-CBC', iv: e.cipher.iv } }), PASS)).toMatchObject({ ok: false, problem: { key: 'backup.unlock.damaged' } });
    expect(await unprotectBackup(JSON.stringify({ ...e, data: '%%%' }), PASS)).toMatchObject({ ok: false, problem: { key: 'backup.unlock.damaged' } });
  });

  it('is told apart from a plain backup by its first bytes, as text or as bytes', async () => {
    const plain = await plainBackup();
    const sealed = await protectBackup(plain, PASS, FAST);
    expect(isProtectedBackup(sealed)).toBe(true);
    expect(isProtectedBackup(new TextEncoder().encode(sealed))).toBe(true);
    expect(isProtectedBackup(`\uFEFF${sealed}`)).toBe(true);
    expect(isProtectedBackup(plain)).toBe(false);
    expect(isProtectedBackup('')).toBe(false);
    expect(isProtectedBackup('{"note":"ospita-backup-protetto"}')).toBe(false);
    // Read as bytes too.
    expect((await unprotectBackup(new TextEncoder().encode(sealed), PASS)).ok).toBe(true);
  });

  it('asks for a passphrase long enough, typed the same twice', () => {
    expect(passphraseProblem('corta', 'corta')).toEqual({ key: 'backup.protect.tooShort', params: { min: 10 } });
    expect(passphraseProblem('tre gatti sul tetto', 'tre gatti sul tetti')).toEqual({ key: 'backup.protect.mismatch' });
    expect(passphraseProblem('tre gatti sul tetto', 'tre gatti sul tetto')).toBeNull();
  });
});
