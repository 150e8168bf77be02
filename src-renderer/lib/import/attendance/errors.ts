// A file that is not a usable attendance report. `code` names an i18n message (online.error.<code>), which says
// what is wrong and how to put it right; nothing is imported.
import { CodedImportError } from '../coded-error';

export type AttendanceErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'encoding'
  | 'truncated'
  | 'xls'
  | 'xlsxBroken'
  | 'notReport'
  | 'unknownPlatform'
  | 'noTimes'
  | 'noDate'
  | 'noRows';

export class AttendanceImportError extends CodedImportError<AttendanceErrorCode> {
  override readonly name = 'AttendanceImportError';
}
