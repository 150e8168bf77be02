// The importer's messages in words, for the command-line tool (the screen uses t() with the same keys).
import type { Locale } from '../../domain/dates';
import { translate } from '../../i18n/translate';
import type { ImportErrorCode } from './errors';
import type { ColumnMapping } from './mapping';
import type { RowProblem } from './rows';

export function problemMessage(problem: RowProblem, locale: Locale): string {
  return translate(locale, problem.code, problem.params);
}

export function importErrorMessage(code: ImportErrorCode | 'unreadable', locale: Locale, params: Record<string, string | number> = {}): string {
  return translate(locale, `participants.import.error.${code}`, params);
}

/** { "<column header>": "<field>" } for the columns that are imported; a blank header is named by its position. */
export function mappingByHeader(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const entries: [string, string][] = [];
  mapping.forEach((field, i) => {
    if (field) entries.push([headers[i] || `Colonna ${i + 1}`, field]);
  });
  return Object.fromEntries(entries);
}
