// Why a file could not be read as an exchange form. `code` is the kind of refusal, `reason` names the message
// (offers.import.error.<reason>, messages.ts) that says what is wrong and how to put it right, `params` fill it in.
// The error's own message is the Italian one, for the command line and the logs.
import { translate } from '../../i18n/translate';

export type FormImportErrorCode = 'empty' | 'not-a-form' | 'unreadable' | 'unsupported' | 'too-large';

export type FormImportErrorReason =
  | 'empty'
  | 'notAForm'
  | 'unreadable'
  | 'tooLarge'
  | 'unsupported'
  /** A .doc (Word 97-2003). */
  | 'oldWord'
  /** .odt, .rtf, .pdf: to be saved as .docx first. */
  | 'saveAsDocx'
  /** Named .docx but not a Word document. */
  | 'notDocx'
  /** A .docx that does not open. */
  | 'docxBroken';

const DEFAULT_REASON: Record<FormImportErrorCode, FormImportErrorReason> = {
  empty: 'empty',
  'not-a-form': 'notAForm',
  unreadable: 'unreadable',
  unsupported: 'unsupported',
  'too-large': 'tooLarge',
};

export class FormImportError extends Error {
  override readonly name = 'FormImportError';
  constructor(
    readonly code: FormImportErrorCode,
    readonly reason: FormImportErrorReason = DEFAULT_REASON[code],
    readonly params: Record<string, string | number> = {},
  ) {
    super(translate('it', `offers.import.error.${reason}`, params));
  }
}
