// The reader's refusals and problems in words (Italian for the command line, the UI's language on screen), from
// the same catalogue keys the screen uses with t().
import { type Locale } from '../../domain/dates';
import { translate } from '../../i18n/translate';
import type { AttendanceErrorCode } from './errors';
import type { ReportProblem } from './report';

export function attendanceErrorMessage(code: AttendanceErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return translate(locale, `online.error.${code}`, params);
}

/** What a problem says, in the given language. */
export function reportProblemMessage(problem: ReportProblem, locale: Locale): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'dateOrderConflict') params.order = translate(locale, problem.params?.order === 'mdy' ? 'online.order.mdy' : 'online.order.dmy');
  return translate(locale, `online.problem.${problem.code}`, params);
}

/** "Riga 12: …" for a row, the message alone for the file as a whole. */
export function reportProblemLine(problem: ReportProblem, locale: Locale): string {
  const text = reportProblemMessage(problem, locale);
  return problem.row > 0 ? translate(locale, 'online.problem.row', { row: problem.row, message: text }) : text;
}

