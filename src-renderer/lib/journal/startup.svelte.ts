// The start-up check, run once before any write (main.ts): opens the journal, compares it with the database and
// the automatic backups, and either lets the app go on or holds it on the recovery screen until the coordinator
// has seen what was lost and what can be rebuilt. Nothing is ever started afresh without them knowing.
import { autoBackups } from '../auto-backup.svelte';
import { getDb } from '../db';
import { createBackup } from '../db/backup';
import { host } from '../host';
import { journal } from './journal.svelte';
import { applyRecovery, decide, markDatabase, prepareRecovery, readDatabaseFacts, readJournal, type RecoveryPreview, type StartupFacts } from './recovery';
import type { RecoveryWarning } from './recovery-plan';
import type { DataCounts } from './replay';

export type StartupPhase = 'checking' | 'ready' | 'recovery';

export type RecoveryStep =
  | { kind: 'preparing' }
  | { kind: 'review'; preview: RecoveryPreview }
  | { kind: 'unrecoverable'; warnings: RecoveryWarning[]; before: DataCounts }
  | { kind: 'working' }
  | { kind: 'done'; before: DataCounts; after: DataCounts; position: number }
  | { kind: 'failed'; detail: string };

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

class Startup {
  phase = $state<StartupPhase>('checking');
  step = $state.raw<RecoveryStep>({ kind: 'preparing' });
  private facts: StartupFacts | null = null;

  /** Runs the check; resolves once the app may write or the recovery screen is up. */
  async run(): Promise<void> {
    journal.hold();
    const db = getDb();
    try {
      const [state, dbFacts] = await Promise.all([journal.open(host), readDatabaseFacts(db)]);
      const read = state ? readJournal(state) : null;
      const { decision, facts } = await decide({ db: dbFacts, journal: read?.facts ?? null, changes: read?.changes ?? [], backups: null });
      this.facts = facts;
      if (decision.kind === 'fresh' || decision.kind === 'ok') return this.ready(dbFacts.marker?.position ?? 0);
      if (decision.kind === 'ahead') {
        // Before any write: a backup of the database as it is, at its marker, holds the changes the journal
        // lacks (and trims the journal up to them). Only then may the desk confirm them («già presente»).
        await autoBackups.writeDocument(await createBackup(db), 'start');
        return this.ready(dbFacts.marker?.position ?? 0);
      }
      if (decision.kind === 'adopt') {
        if (read) await markDatabase(db, { id: read.facts.id, position: read.facts.last });
        this.ready(read?.facts.last ?? 0);
        // A first backup at this position: from now on the journal and the backups reach back to this data.
        void autoBackups.write('start');
        return;
      }
      this.phase = 'recovery';
      await this.prepare();
    } catch (error) {
      // «Riprova» runs the whole check again.
      this.facts = null;
      this.phase = 'recovery';
      this.step = { kind: 'failed', detail: detail(error) };
    }
  }

  /** Builds the preview of the recovery (again, after a failure). */
  async prepare(): Promise<void> {
    this.step = { kind: 'preparing' };
    try {
      if (!this.facts) return void (await this.run());
      const prepared = await prepareRecovery(getDb(), this.facts);
      this.step = prepared.kind === 'preview' ? { kind: 'review', preview: prepared.preview } : { kind: 'unrecoverable', warnings: prepared.warnings, before: prepared.before };
    } catch (error) {
      this.step = { kind: 'failed', detail: detail(error) };
    }
  }

  /** The coordinator confirmed: write the recovered data. */
  async confirm(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'review') return;
    this.step = { kind: 'working' };
    try {
      await applyRecovery(getDb(), step.preview);
      this.step = { kind: 'done', before: step.preview.before, after: step.preview.after, position: step.preview.target?.position ?? 0 };
    } catch (error) {
      this.step = { kind: 'failed', detail: detail(error) };
    }
  }

  /** Nothing can be rebuilt and the coordinator chose to go on: the database is marked, writes go ahead. */
  async startAfresh(): Promise<void> {
    if (this.step.kind !== 'unrecoverable') return;
    try {
      const position = this.facts?.journal ? { id: this.facts.journal.id, position: this.facts.journal.last } : null;
      if (position) await markDatabase(getDb(), position);
      this.ready(position?.position ?? 0);
    } catch (error) {
      this.step = { kind: 'failed', detail: detail(error) };
    }
  }

  /** After the summary of a recovery: back to the app. */
  finish(): void {
    if (this.step.kind !== 'done') return;
    this.ready(this.step.position);
  }

  private ready(position: number): void {
    journal.start(position);
    this.phase = 'ready';
  }
}

export const startup = new Startup();
