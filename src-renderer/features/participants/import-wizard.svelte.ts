// The import wizard's state: file → column mapping → preview → all rows written at once, or none.
// The file is read in a Worker (lib/import/participants/read-client.ts) with its progress shown, so a huge or
// strange file never freezes the screen. Rows are named by the sheet's own numbers. A flagged row can be
// corrected in the preview (the file stays as it is) and is checked again by the same rules. The preview shows
// the rows to check first and the others a page at a time, so a list of thousands stays quick to show.
import { registerMany } from '../../lib/db/repositories/participants';
import { planRegistrations } from '../../lib/domain/capacity';
import type { Participant, ParticipantStatus } from '../../lib/domain/types';
import {
  ImportError,
  buildRows,
  mappingHasSurname,
  validateCorrection,
  repeatedFields,
  type ColumnMapping,
  type CorrectableField,
  type RowCorrections,
  type ImportErrorCode,
  type ParsedFile,
  type ReadPhase,
  type RowProblem,
} from '../../lib/import/participants';
import { ParticipantFileReader, type ReadingHandle } from '../../lib/import/participants/read-client';
import type { ParticipantInput, ParticipantProblem } from '../../lib/domain/participants';

export type WizardStep = 'file' | 'mapping' | 'preview';

/** How many rows of the preview are shown at first, and added by each «Mostra le righe successive». */
export const PREVIEW_PAGE = 100;

export interface PreviewRow {
  /** The sheet's own row number. */
  row: number;
  input: ParticipantInput;
  problems: RowProblem[];
  blocking: boolean;
  included: boolean;
  outcome: Exclude<ParticipantStatus, 'annullato'> | null;
  /** Something in it was typed in the preview. */
  corrected: boolean;
  /** Worth a look: a problem that is not only a note, or a correction. Such rows come first. */
  flagged: boolean;
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
  /** Values typed in the preview over the file's, by the sheet's row number. */
  corrections = $state<RowCorrections>({});
  /** How many rows of the preview are on screen. */
  shownCount = $state(PREVIEW_PAGE);
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
      this.corrections = {};
      this.shownCount = PREVIEW_PAGE;
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

  /** Each field used by at most one column (dietary needs and notes may gather several). */
  repeatedFields = $derived(repeatedFields(this.mapping));
  mappingUsable = $derived(mappingHasSurname(this.mapping) && this.repeatedFields.length === 0);

  built = $derived(this.parsed ? buildRows(this.parsed, this.mapping, this.#registered(), this.corrections) : { rows: [], rowNumbers: [], problems: [] });

  // Each derived value is read once per computation: a derived read where nothing on screen depends on it (a
  // click handler, a test) is computed again at every read.
  preview = $derived.by((): PreviewRow[] => {
    const built = this.built;
    const byRow = new Map<number, RowProblem[]>();
    for (const p of built.problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
    const rows = built.rows.map((input, i) => {
      const row = built.rowNumbers[i]!;
      const problems = byRow.get(row) ?? [];
      const blocking = problems.some((p) => p.blocking);
      // Possible duplicates and cells in error stay out unless ticked; a note for the record (an answer given
      // again, an error in a column not imported) changes nothing.
      const byDefault = !problems.some((p) => p.severity === 'warning');
      const included = !blocking && (this.overrides[row] ?? byDefault);
      const corrected = row in this.corrections;
      const flagged = corrected || problems.some((p) => p.severity !== 'info');
      return { row, input, problems, blocking, included, outcome: null as PreviewRow['outcome'], corrected, flagged };
    });
    const plan = planRegistrations(this.#registered(), rows.filter((r) => r.included).length, this.#capacityMax());
    let next = 0;
    for (const r of rows) if (r.included) r.outcome = plan[next++]!.status;
    return rows;
  });

  counts = $derived.by(() => {
    const preview = this.preview;
    return {
      included: preview.filter((r) => r.included).length,
      confirmed: preview.filter((r) => r.outcome === 'confermato').length,
      waiting: preview.filter((r) => r.outcome === 'in_attesa').length,
      excluded: preview.filter((r) => !r.included).length,
      withProblems: preview.filter((r) => r.problems.some((p) => p.severity !== 'info')).length,
      /** Rows replaced by a later answer of the same person. */
      replaced: preview.filter((r) => r.problems.some((p) => p.code === 'participants.import.problem.replacedByLater')).length,
    };
  });

  /** The rows to check first (flagged or corrected), then the others, each group in the sheet's order. */
  ordered = $derived.by(() => {
    const preview = this.preview;
    return [...preview.filter((r) => r.flagged), ...preview.filter((r) => !r.flagged)];
  });
  /** The rows on screen: the first pages of `ordered`. */
  shown = $derived(this.ordered.slice(0, this.shownCount));
  hiddenCount = $derived(Math.max(0, this.preview.length - this.shownCount));

  toggle(row: number, included: boolean): void {
    this.overrides[row] = included;
  }

  /** Shows the next page of rows; returns the sheet's number of the first row added, if any. */
  showMore(): number | null {
    const first = this.ordered.at(this.shownCount)?.row ?? null;
    this.shownCount += PREVIEW_PAGE;
    return first;
  }

  /**
   * Puts the values typed in the preview over the file's for one row, if they pass the same checks as a
   * participant typed by hand; the whole preview is then checked again (duplicates may appear or go). Returns the
   * problems of the values, by field: none means the correction was made.
   */
  correct(row: number, values: Partial<Record<CorrectableField, string>>): Partial<Record<CorrectableField, ParticipantProblem>> {
    const current = this.preview.find((r) => r.row === row);
    if (!current) return {};
    const problems = validateCorrection(current.input, values);
    if (Object.keys(problems).length > 0) return problems;
    this.corrections = { ...this.corrections, [row]: { ...this.corrections[row], ...values } };
    return {};
  }

  /** Back to the file's values for a row. */
  undoCorrection(row: number): void {
    const { [row]: _dropped, ...rest } = this.corrections;
    this.corrections = rest;
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
