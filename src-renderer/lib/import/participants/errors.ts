// A file the importer cannot read at all. `code` names an i18n message (participants.import.error.<code>).
export type ImportErrorCode = 'empty' | 'binary' | 'xls' | 'xlsxBroken' | 'tooLarge';

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode) {
    super(code);
    this.name = 'ImportError';
  }
}
