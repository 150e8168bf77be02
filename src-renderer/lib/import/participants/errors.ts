// A file the importer cannot read at all. `code` names an i18n message (participants.import.error.<code>),
// `params` fill it in.
import { CodedImportError } from '../coded-error';

export type ImportErrorCode = 'empty' | 'binary' | 'xls' | 'xlsxBroken' | 'tooLarge' | 'tooManyColumns' | 'tooManyRows';

export class ImportError extends CodedImportError<ImportErrorCode> {
  override readonly name = 'ImportError';
}
