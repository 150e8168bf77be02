import { describe, expect, it } from 'vitest';
import { DESK_BACKUP_EVERY_MS, DESK_MAX_WAIT_MS, DESK_PAUSE_MS, DeskBackups, type Clock } from '../../../../src-renderer/lib/desk-backups';

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private ids = 0;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.run();
      await Promise.resolve();
      await Promise.resolve();
    }
    this.time = end;
  }
}

function desk() {
  const clock = new FakeClock();
  const written: number[] = [];
  const backups = new DeskBackups(async () => void written.push(clock.time), clock);
  return { clock, written, backups };
}

describe('the desk’s backups while check-ins happen', () => {
  it('are written every few minutes, not on every check-in', async () => {
    const { clock, written, backups } = desk();
    // One arrival every 20 s for 16 minutes.
    for (let t = 0; t < 16 * 60_000; t += 20_000) {
      backups.noteCheckIn();
      await clock.advance(20_000);
    }
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < written.length; i++) expect(written[i]! - written[i - 1]!).toBeGreaterThanOrEqual(DESK_BACKUP_EVERY_MS);
  });

  it('wait for a pause at the desk, but not for ever', async () => {
    const { clock, written, backups } = desk();
    backups.noteCheckIn();
    await clock.advance(DESK_BACKUP_EVERY_MS - 1000);
    // A queue: someone every second, for two minutes.
    for (let i = 0; i < 120; i++) {
      backups.noteCheckIn();
      await clock.advance(1000);
    }
    expect(written).toHaveLength(1);
    expect(written[0]!).toBeGreaterThanOrEqual(DESK_BACKUP_EVERY_MS + DESK_MAX_WAIT_MS);
    expect(written[0]!).toBeLessThan(DESK_BACKUP_EVERY_MS + DESK_MAX_WAIT_MS + DESK_PAUSE_MS + 1000);
  });

  it('are not written on a day without check-ins, and a pause starts the next interval afresh', async () => {
    const { clock, written, backups } = desk();
    await clock.advance(60 * 60_000);
    expect(written).toEqual([]);
    backups.noteCheckIn();
    await clock.advance(DESK_BACKUP_EVERY_MS + DESK_PAUSE_MS);
    expect(written).toHaveLength(1);
    await clock.advance(60 * 60_000);
    expect(written).toHaveLength(1);
  });
});
