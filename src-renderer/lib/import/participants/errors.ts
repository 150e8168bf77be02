// A file the importer cannot read at all. `code` names an i18n message (participants.import.error.<code>),
// `params` fill it in.
export type ImportErrorCode = 'empty' | 'binary' | 'xls' | 'xlsxBroken' | 'tooLarge' | 'tooManyColumns' | 'tooManyRows';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'ImportError';
  }
}
