// The import wizard's state: file → column mapping → preview → all rows written at once, or none.
// The file is read in a Worker (lib/import/participants/read-client.ts) with its progress shown, so a huge or
// strange file never freezes the screen. Rows are named by the sheet's own numbers.
import { registerMany } from '../../lib/db/repositories/participants';
import { planRegistrations } from '../../lib/domain/capacity';
import type { Participant, ParticipantStatus } from '../../lib/domain/types';
import {
  ImportError,
  buildRows,
  mappingHasSurname,
  repeatedFields,
  type ColumnMapping,
  type ImportErrorCode,
  type ParsedFile,
  type ReadPhase,
  type RowProblem,
} from '../../lib/import/participants';
import { ParticipantFileReader, type ReadingHandle } from '../../lib/import/participants/read-client';
import type { ParticipantInput } from '../../lib/domain/participants';

export type WizardStep = 'file' | 'mapping' | 'preview';

export interface PreviewRow {
  /** The sheet's own row number. */
  row: number;
  input: ParticipantInput;
  problems: RowProblem[];
  blocking: boolean;
  included: boolean;
  outcome: Exclude<ParticipantStatus, 'annullato'> | null;
}

export class ImportWizard {
  step = $state<WizardStep>('file');
  fileName = $state('');
  reading = $state(false);
  progress = $state<{ phase: ReadPhase; share: number } | null>(null);
  error = $state<ImportErrorCode | 'unexpected' | null>(null);
  errorParams = $state<Record<string, string | number>>({});
  parsed = $state.raw<ParsedFile | null>(null);
  mapping = $state<ColumnMapping>([]);
  /** Rows the user chose to leave out or bring back (by the sheet's row number), over the default. */
  overrides = $state<Record<number, boolean>>({});
  saving = $state(false);
  saveFailed = $state(false);

  /** Its worker starts now, while the user is still choosing the file. */
  #reader = new ParticipantFileReader();
  #reading: ReadingHandle | null = null;
  #sessionId: string;
  #registered: () => Participant[] = () => [];
  #capacityMax: () => number = () => 0;

  /** `registered` and `capacityMax` are read when needed, so the preview follows the database. */
  constructor(sessionId: string, registered: () => Participant[], capacityMax: () => number) {
    this.#sessionId = sessionId;
    this.#registered = registered;
    this.#capacityMax = capacityMax;
  }

  async choose(file: File): Promise<void> {
    this.#reading?.cancel();
    this.fileName = file.name;
    this.error = null;
    this.errorParams = {};
    this.reading = true;
    this.progress = null;
    let handle: ReadingHandle | null = null;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      handle = this.#reading = this.#reader.read(bytes, (phase, share) => {
        if (this.#reading === handle) this.progress = { phase, share };
      });
      const parsed = await handle.result;
      if (this.#reading !== handle) return; // another file was chosen meanwhile
      this.parsed = parsed;
      this.mapping = [...parsed.mapping];
      this.overrides = {};
      this.step = 'mapping';
    } catch (error) {
      if (handle && this.#reading !== handle) return;
      this.error = error instanceof ImportError ? error.code : 'unexpected';
      this.errorParams = error instanceof ImportError ? error.params : {};
    } finally {
      if (!handle || this.#reading === handle) {
        this.reading = false;
        this.progress = null;
        this.#reading = null;
      }
    }
  }

  /** The dialog closed: a file still being read is abandoned. */
  dispose(): void {
    this.#reading = null;
    this.#reader.dispose();
  }

  /** The cells that held a spreadsheet error, as the mapping step lists them ("C5 (#DIV/0!)"), and how many more. */
  cellErrorList = $derived.by(() => {
    const errors = this.parsed?.cellErrors ?? [];
    const shown = errors.slice(0, 12).map((e) => `${e.ref} (${e.code})`);
    return { total: errors.length, shown, more: errors.length - shown.length };
  });

  /** Each field used by at most one column (notes may come from several). */
  repeatedFields = $derived(repeatedFields(this.mapping));
  mappingUsable = $derived(mappingHasSurname(this.mapping) && this.repeatedFields.length === 0);

  built = $derived(this.parsed ? buildRows(this.parsed, this.mapping, this.#registered()) : { rows: [], rowNumbers: [], problems: [] });

  preview = $derived.by((): PreviewRow[] => {
    const byRow = new Map<number, RowProblem[]>();
    for (const p of this.built.problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
    const rows = this.built.rows.map((input, i) => {
      const row = this.built.rowNumbers[i]!;
      const problems = byRow.get(row) ?? [];
      const blocking = problems.some((p) => p.blocking);
      // Possible duplicates and cells in error stay out unless ticked; a note for the record (an answer given
      // again, an error in a column not imported) changes nothing.
      const byDefault = !problems.some((p) => p.severity === 'warning');
      const included = !blocking && (this.overrides[row] ?? byDefault);
      return { row, input, problems, blocking, included, outcome: null as PreviewRow['outcome'] };
    });
    const plan = planRegistrations(this.#registered(), rows.filter((r) => r.included).length, this.#capacityMax());
    let next = 0;
    for (const r of rows) if (r.included) r.outcome = plan[next++]!.status;
    return rows;
  });

  counts = $derived({
    included: this.preview.filter((r) => r.included).length,
    confirmed: this.preview.filter((r) => r.outcome === 'confermato').length,
    waiting: this.preview.filter((r) => r.outcome === 'in_attesa').length,
    excluded: this.preview.filter((r) => !r.included).length,
    withProblems: this.preview.filter((r) => r.problems.some((p) => p.severity !== 'info')).length,
    /** Rows replaced by a later answer of the same person. */
    replaced: this.preview.filter((r) => r.problems.some((p) => p.code === 'participants.import.problem.replacedByLater')).length,
  });

  toggle(row: number, included: boolean): void {
    this.overrides[row] = included;
  }

  /** Writes the included rows, all or none. Returns how many were registered, or null if nothing was written. */
  async confirm(): Promise<{ confirmed: number; waiting: number } | null> {
    this.saving = true;
    this.saveFailed = false;
    try {
      const written = await registerMany(this.#sessionId, this.preview.filter((r) => r.included).map((r) => r.input));
      return { confirmed: written.filter((p) => p.status === 'confermato').length, waiting: written.filter((p) => p.status === 'in_attesa').length };
    } catch {
      this.saveFailed = true;
      return null;
    } finally {
      this.saving = false;
    }
  }
}
