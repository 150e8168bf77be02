import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, seedPath } from './helpers';

const run = promisify(execFile);
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => run(tsx, [join(ROOT, 'scripts', 'parse-form.ts'), ...args], { cwd: ROOT });

describe('npm run parse-form', { timeout: 60_000 }, () => {
  it('prints the offer of seed 000 as JSON, dated from --today', async () => {
    const { stdout } = await cli('--today', '2026-11-21', seedPath('000'));
    const json = JSON.parse(stdout) as { offer: Record<string, unknown>; agendaDraft: unknown[]; warnings: { field: string }[] };
    expect(Object.keys(json)).toEqual(['offer', 'agendaDraft', 'warnings']);
    expect(json.offer).toMatchObject({ hostOffice: 'Struttura PNRR-Progettazione Europea', capacityMin: 4, capacityMax: 5, durationDays: 2, dateMode: 'single', sessions: [{ days: ['2027-05-07', '2027-05-08'] }] });
    expect(json.warnings.some((w) => w.field === 'sessions')).toBe(true);
    // Each warning in Italian, as before, with its code and values beside it.
    expect(json.warnings).toContainEqual({ field: 'sessions', message: 'Sabato 8 maggio 2027 cade di sabato: verificare la data.', code: 'weekend', params: { date: '2027-05-08' }, dateCheck: true });
  });

  it('exits 2 with an Italian message for a file that is not a form', async () => {
    const error = (await cli(join(FIXTURES, 'not-a-form.txt')).catch((e: unknown) => e)) as { code: number; stderr: string; stdout: string };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('non sembra una scheda di scambio');
    expect(error.stdout).toBe('');
  });

  it('exits 2 for a missing file and for a bad --today', async () => {
    const missing = (await cli(join(FIXTURES, 'non-esiste.txt')).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('non esiste');
    const badToday = (await cli('--today', '21/11/2026', seedPath('000')).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(badToday.code).toBe(2);
    expect(badToday.stderr).toContain('AAAA-MM-GG');
  });
});
