// The steps of exporting, restoring and merging a backup: read → (unlock) → validate → show → confirm → apply.
// Nothing is written before the user confirms what the file holds; before applying, the current data is
// saved among the automatic backups, so even a mistaken restore can be undone. The restored content is itself
// written as an automatic backup at a new journal position before the database is replaced: a restore cut
// short by a kill is completed by the recovery at the next start, never left half-known to the journal.
import { autoBackups, hasData, writeBackupOf } from '../../lib/auto-backup.svelte';
import { backupFileName, createBackup, createBackupJson, previewRestore, restoreData, readBackup, replaceAllData, summariseBackup, type BackupDocument, type BackupSummary } from '../../lib/db/backup';
import type { KeptOut } from '../../lib/domain/privacy-ledger';
import { journal } from '../../lib/journal/journal.svelte';
import { MAX_BACKUP_BYTES } from '../../lib/db/backup-document';
import { isProtectedBackup, protectBackup, unprotectBackup } from '../../lib/db/backup-protection';
import { mergeBackup, previewMerge, type MergeReport } from '../../lib/db/merge';
import { host } from '../../lib/host';
import type { MessageKey } from '../../lib/i18n/index.svelte';

export type BackupMode = 'restore' | 'merge';
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type BackupStep =
  | { kind: 'idle' }
  | { kind: 'busy'; phase: MessageKey; done: number; of: number }
  /** A file protected by a passphrase, waiting for it; `problem` says why the last one was refused. */
  | { kind: 'locked'; mode: BackupMode; source: string; input: Uint8Array | string; problem: Message | null }
  /** `keptOut`: for a restore, who the privacy ledger keeps out of the file (purged or erased since it was made). */
  | { kind: 'review'; mode: BackupMode; source: string; doc: BackupDocument; summary: BackupSummary; merge: MergeReport | null; keptOut: KeptOut | null }
  | { kind: 'done'; message: Message; merge: MergeReport | null }
  | { kind: 'error'; message: Message };

const errorDetail = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class BackupFlow {
  step = $state.raw<BackupStep>({ kind: 'idle' });

  get busy(): boolean {
    return this.step.kind === 'busy';
  }

  private progress(phase: MessageKey, done: number, of: number): void {
    this.step = { kind: 'busy', phase, done, of };
  }

  /** With a passphrase (already checked by passphraseProblem), the file is protected (backup-protection.ts). */
  async exportBackup(passphrase?: string): Promise<void> {
    const steps = passphrase ? 3 : 2;
    this.progress('backup.phase.preparing', 0, steps);
    try {
      let json = await createBackupJson();
      if (passphrase) {
        this.progress('backup.phase.protecting', 1, steps);
        json = await protectBackup(json, passphrase);
      }
      this.progress('backup.phase.saving', steps - 1, steps);
      const name = passphrase ? backupFileName().replace(/\.json$/, '-protetto.json') : backupFileName();
      const result = await host.saveFile({ suggestedName: name, filters: [{ name: 'Backup di Ospita', extensions: ['json'] }], data: json });
      const done: MessageKey = passphrase ? 'backup.exportedProtected' : 'backup.exported';
      this.step = result.status === 'saved' ? { kind: 'done', message: { key: done, params: { path: result.path } }, merge: null } : { kind: 'idle' };
    } catch (error) {
      this.step = { kind: 'error', message: { key: 'backup.error.write', params: { detail: errorDetail(error) } } };
    }
  }

  /** A file chosen by the user. */
  async openFile(file: File, mode: BackupMode): Promise<void> {
    if (file.size > MAX_BACKUP_BYTES) {
      this.step = { kind: 'error', message: { key: 'backup.error.tooLarge', params: { size: Math.round(file.size / (1024 * 1024)) } } };
      return;
    }
    this.progress('backup.phase.reading', 0, 2);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      this.step = { kind: 'error', message: { key: 'backup.error.unreadable', params: { detail: errorDetail(error) } } };
      return;
    }
    await this.review(bytes, file.name, mode);
  }

  /** One of the automatic backups. */
  async openAutomatic(name: string, mode: BackupMode): Promise<void> {
    this.progress('backup.phase.reading', 0, 2);
    let text: string;
    try {
      text = await host.readBackup(name);
    } catch (error) {
      this.step = { kind: 'error', message: { key: 'backup.error.unreadable', params: { detail: errorDetail(error) } } };
      return;
    }
    await this.review(text, name, mode);
  }

  /** The passphrase of a protected file: a wrong one keeps the form open with the reason; nothing else changes. */
  async unlock(passphrase: string): Promise<void> {
    const step = this.step;
    if (step.kind !== 'locked') return;
    this.progress('backup.phase.unlocking', 1, 2);
    let result: Awaited<ReturnType<typeof unprotectBackup>>;
    try {
      result = await unprotectBackup(step.input, passphrase);
    } catch (error) {
      this.step = { kind: 'error', message: { key: 'backup.error.unreadable', params: { detail: errorDetail(error) } } };
      return;
    }
    if (!result.ok) {
      this.step = { ...step, problem: result.problem };
      return;
    }
    await this.review(result.text, step.source, step.mode);
  }

  private async review(input: Uint8Array | string, source: string, mode: BackupMode): Promise<void> {
    // A protected file is opened first, then validated like any other.
    if (isProtectedBackup(input)) {
      this.step = { kind: 'locked', mode, source, input, problem: null };
      return;
    }
    this.progress('backup.phase.validating', 1, 2);
    try {
      const result = await readBackup(input);
      if (!result.ok) {
        this.step = { kind: 'error', message: result.problem };
        return;
      }
      const merge = mode === 'merge' ? await previewMerge(result.backup) : null;
      const keptOut = mode === 'restore' ? await previewRestore(result.backup) : null;
      this.step = { kind: 'review', mode, source, doc: result.backup, summary: summariseBackup(result.backup), merge, keptOut };
    } catch (error) {
      // Whatever went wrong, the panel leaves «Controllo del contenuto…» with a message, and nothing was written.
      this.step = { kind: 'error', message: { key: 'backup.error.unexpected', params: { detail: errorDetail(error) } } };
    }
  }

  /** The user confirmed what the file holds: keep a copy of the current data, then apply. */
  async confirm(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'review') return;
    try {
      this.progress('backup.phase.safetyCopy', 0, 2);
      // An empty database has nothing worth a copy: the message then does not promise one.
      const savedFirst = await hasData();
      if (savedFirst) await autoBackups.writeDocument(await createBackup(), 'manual');
      this.progress(step.mode === 'restore' ? 'backup.phase.restoring' : 'backup.phase.merging', 1, 2);
      if (step.mode === 'restore') {
        await journal.ready();
        const seq = journal.allocate();
        const marker = seq === null ? null : { id: journal.id!, position: seq };
        // Purges and erasures made after the file was written are applied to it again: say how many people stay out.
        const { data, effect } = await restoreData(step.doc);
        if (marker) await writeBackupOf(data, marker, 'restore');
        await replaceAllData(data, undefined, marker);
        const reapplied = effect.participants.length;
        const params = { count: step.summary.counts.participants - reapplied, sessions: step.summary.counts.sessions, removed: reapplied };
        const key = reapplied ? (savedFirst ? 'backup.restoredReapplied' : 'backup.restoredIntoEmptyReapplied') : savedFirst ? 'backup.restored' : 'backup.restoredIntoEmpty';
        this.step = { kind: 'done', message: { key, params }, merge: null };
      } else {
        const report = await mergeBackup(step.doc);
        this.step = { kind: 'done', message: { key: report.changesNothing ? 'backup.merge.nothing' : savedFirst ? 'backup.merged' : 'backup.mergedIntoEmpty' }, merge: report };
      }
    } catch (error) {
      this.step = { kind: 'error', message: { key: 'backup.error.write', params: { detail: errorDetail(error) } } };
    }
  }

  /** The review could not be drawn (a value no check foresaw): the same refusal as a file that fails a check. */
  failedToShow(error: unknown): void {
    this.step = { kind: 'error', message: { key: 'backup.error.display', params: { detail: errorDetail(error) } } };
  }

  reset(): void {
    this.step = { kind: 'idle' };
  }
}

