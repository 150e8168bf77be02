import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../../../../..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'attendance');
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (args: string[], env: Record<string, string> = {}) => run(tsx, [join(ROOT, 'scripts', 'parse-attendance.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
const failure = (args: string[]) => cli(args).then(() => null, (e: unknown) => e as { code: number; stderr: string; stdout: string });

interface Output {
  platform: string;
  meeting: { title: string; date: string };
  people: { name: string; email: string; role: string; intervals: { start: string; end: string }[]; minutes: number }[];
  problems: { row: number; message: string }[];
}

describe('npm run parse-attendance', { timeout: 180_000 }, () => {
  it('prints the report as the JSON of the contract', async () => {
    const { stdout } = await cli([join(FIXTURES, 'teams-meeting-it.csv')]);
    const json = JSON.parse(stdout) as Output;
    expect(Object.keys(json)).toEqual(['platform', 'meeting', 'people', 'problems']);
    expect(json.platform).toBe('teams');
    expect(json.meeting).toEqual({ title: 'Patti di Cittadinanza: workshop online', date: '2026-04-27' });
    expect(json.people.find((p) => p.name === 'Nicolò Rossi')).toEqual({
      name: 'Nicolò Rossi',
      email: 'nicolo.rossi@comune.bergamo.it',
      role: 'attendee',
      intervals: [
        { start: '2026-04-27T09:28', end: '2026-04-27T10:41' },
        { start: '2026-04-27T10:44', end: '2026-04-27T12:16' },
        { start: '2026-04-27T12:17', end: '2026-04-27T13:02' },
      ],
      minutes: 210,
    });
    expect(json.people.find((p) => p.name === 'Marco De Luca')?.email).toBe('');
    for (const p of json.people) expect(Object.keys(p)).toEqual(['name', 'email', 'role', 'intervals', 'minutes']);
    expect(json.problems).toEqual([]);
  });

  it('gives the problems with their row and an Italian message', async () => {
    const zoom = JSON.parse((await cli([join(FIXTURES, 'zoom-participants-with-meeting.csv')])).stdout) as Output;
    expect(zoom.platform).toBe('zoom');
    expect(zoom.problems).toEqual([{ row: 0, message: 'Righe del tempo passato in sala d’attesa, che non conta come presenza: 1.' }]);
  });

  it('reads times in the machine’s timezone: a time written with its offset comes out as local time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ospita-attendance-'));
    const file = join(dir, 'webex.csv');
    await writeFile(file, 'Meeting Name,Display Name,Attendee Email,Join Time,Leave Time,Attendance Duration\nPatti,Nicolò Rossi,nicolo.rossi@comune.bergamo.it,2026-04-27T07:28:00Z,2026-04-27T11:02:00Z,214 min\n');
    const rome = JSON.parse((await cli([file], { TZ: 'Europe/Rome' })).stdout) as Output;
    await rm(dir, { recursive: true, force: true });
    expect(rome.people[0]!.intervals).toEqual([{ start: '2026-04-27T09:28', end: '2026-04-27T13:02' }]);
  });

  it('takes the day and the order of day and month when told', async () => {
    const [meetRun, ambiguousRun] = await Promise.all([cli(['--day', '2026-04-27', join(FIXTURES, 'meet-attendance.csv')]), cli(['--date-order', 'mg', join(FIXTURES, 'zoom-ambiguous-dates.csv')])]);
    const meet = JSON.parse(meetRun.stdout) as Output;
    expect(meet.meeting.date).toBe('2026-04-27');
    const ambiguous = JSON.parse(ambiguousRun.stdout) as Output;
    expect(ambiguous.meeting.date).toBe('2026-04-05');
  });

  it('exits 2 with an Italian message on stderr, and nothing on stdout, for a file that is not a report', async () => {
    // Every kind of refusal is in the bad-input suite; here the command's side of it.
    const cases = [
      ['participant-list.csv', 'non sembra un report delle presenze'],
      ['truncated-teams.csv', 'si interrompe a metà'],
      ['meet-attendance.csv', '--day AAAA-MM-GG'],
    ] as const;
    const errors = await Promise.all(cases.map(([file]) => failure([join(FIXTURES, file)])));
    for (const [i, [file, message]] of cases.entries()) {
      const error = errors[i];
      expect(error, file).not.toBeNull();
      expect(error!.code, file).toBe(2);
      expect(error!.stderr, file).toContain(message);
      expect(error!.stdout, file).toBe('');
    }
  });

  it('exits 2 for a missing file, a bad option or no file', async () => {
    const [missing, badDay, none] = await Promise.all([failure([join(FIXTURES, 'non-esiste.csv')]), failure(['--day', '27/04/2026', join(FIXTURES, 'meet-attendance.csv')]), failure([])]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('non esiste') });
    expect(badDay).toMatchObject({ code: 2, stderr: expect.stringContaining('AAAA-MM-GG') });
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('Indicare il file') });
  });
});
