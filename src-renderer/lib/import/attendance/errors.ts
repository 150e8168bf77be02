// A file that is not a usable attendance report. `code` names an i18n message (online.error.<code>), which says
// what is wrong and how to put it right; nothing is imported.
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

export class AttendanceImportError extends Error {
  constructor(
    readonly code: AttendanceErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AttendanceImportError';
  }
}
