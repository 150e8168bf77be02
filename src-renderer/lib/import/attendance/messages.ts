// The reader's refusals and problems in words (Italian for the command line, the UI's language on screen), from
// the same catalogue keys the screen uses with t().
import { type Locale } from '../../domain/dates';
import { catalogues, type MessageKey } from '../../i18n/catalogue';
import { formatMessage } from '../../i18n/format';
import type { AttendanceErrorCode } from './errors';
import type { ReportProblem } from './read';

function fill(text: string, params: Record<string, string | number>): string {
  return formatMessage(text, params);
}

function message(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return fill(catalogues[locale][key], params);
}

export function attendanceErrorMessage(code: AttendanceErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return message(`online.error.${code}`, locale, params);
}

/** What a problem says, in the given language. */
export function reportProblemMessage(problem: ReportProblem, locale: Locale): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'dateOrderConflict') params.order = message(problem.params?.order === 'mdy' ? 'online.order.mdy' : 'online.order.dmy', locale);
  return message(`online.problem.${problem.code}`, locale, params);
}

/** "Riga 12: …" for a row, the message alone for the file as a whole. */
export function reportProblemLine(problem: ReportProblem, locale: Locale): string {
  const text = reportProblemMessage(problem, locale);
  return problem.row > 0 ? message('online.problem.row', locale, { row: problem.row, message: text }) : text;
}

