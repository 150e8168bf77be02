// The import wizard's state: file → column mapping → preview → all rows written at once, or none.
import { registerMany } from '../../lib/db/repositories/participants';
import { planRegistrations } from '../../lib/domain/capacity';
import type { Participant, ParticipantStatus } from '../../lib/domain/types';
import {
  ImportError,
  IMPORT_FIELDS,
  buildRows,
  mappingHasSurname,
  readParticipantFile,
  type ColumnMapping,
  type ImportErrorCode,
  type ParsedFile,
  type RowProblem,
} from '../../lib/import/participants';
import type { ParticipantInput } from '../../lib/domain/participants';

export type WizardStep = 'file' | 'mapping' | 'preview';

export interface PreviewRow {
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
  error = $state<ImportErrorCode | 'unexpected' | null>(null);
  parsed = $state.raw<ParsedFile | null>(null);
  mapping = $state<ColumnMapping>([]);
  /** Rows the user chose to leave out or bring back (by 1-based row), over the default. */
  overrides = $state<Record<number, boolean>>({});
  saving = $state(false);
  saveFailed = $state(false);

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
    this.fileName = file.name;
    this.error = null;
    this.reading = true;
    try {
      const parsed = await readParticipantFile(new Uint8Array(await file.arrayBuffer()));
      this.parsed = parsed;
      this.mapping = [...parsed.mapping];
      this.overrides = {};
      this.step = 'mapping';
    } catch (error) {
      this.error = error instanceof ImportError ? error.code : 'unexpected';
    } finally {
      this.reading = false;
    }
  }

  /** Each field used by at most one column. */
  repeatedFields = $derived(IMPORT_FIELDS.filter((f) => this.mapping.filter((m) => m === f).length > 1));
  mappingUsable = $derived(mappingHasSurname(this.mapping) && this.repeatedFields.length === 0);

  built = $derived(this.parsed ? buildRows(this.parsed.dataRows, this.mapping, this.#registered()) : { rows: [], problems: [] });

  preview = $derived.by((): PreviewRow[] => {
    const rows = this.built.rows.map((input, i) => {
      const row = i + 1;
      const problems = this.built.problems.filter((p) => p.row === row);
      const blocking = problems.some((p) => p.blocking);
      const byDefault = problems.length === 0;
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
    withProblems: this.preview.filter((r) => r.problems.length > 0).length,
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
