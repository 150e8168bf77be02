// The form being imported: read from a file, held for review, saved only when the user confirms.
import { todayIso } from '../../lib/domain/dates';
import { i18n } from '../../lib/i18n/index.svelte';
import { FormImportError, formImportErrorMessage, readFormFile, type ReadForm } from '../../lib/import/form';

export interface ImportFailure {
  fileName: string;
  message: string;
}

class ImportState {
  phase = $state<'idle' | 'reading' | 'review'>('idle');
  result = $state.raw<ReadForm | null>(null);
  failure = $state<ImportFailure | null>(null);
  readingFile = $state('');

  async read(file: File, today: string = todayIso()): Promise<void> {
    const previous = this.phase === 'reading' ? 'idle' : this.phase;
    this.phase = 'reading';
    this.readingFile = file.name;
    this.failure = null;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.result = await readFormFile(file.name, bytes, { today });
      this.phase = 'review';
    } catch (error) {
      this.failure = { fileName: file.name, message: error instanceof FormImportError ? formImportErrorMessage(error, i18n.locale) : String((error as Error)?.message ?? error) };
      this.phase = previous === 'review' && this.result ? 'review' : 'idle';
    }
  }

  reset(): void {
    this.phase = 'idle';
    this.result = null;
    this.failure = null;
  }
}

export const importState = new ImportState();
