// The importer's messages in words, for the command-line tool (the screen uses t() with the same keys).
import { catalogues, type MessageKey } from '../../i18n/catalogue';
import { formatMessage } from '../../i18n/format';
import type { Locale } from '../../domain/dates';
import type { ImportErrorCode } from './errors';
import type { ColumnMapping } from './mapping';
import type { RowProblem } from './rows';

function fill(text: string, params: Record<string, string | number>): string {
  return formatMessage(text, params);
}

export function message(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return fill(catalogues[locale][key], params);
}

export function problemMessage(problem: RowProblem, locale: Locale): string {
  return message(problem.code, locale, problem.params);
}

export function importErrorMessage(code: ImportErrorCode | 'unreadable', locale: Locale, params: Record<string, string | number> = {}): string {
  return message(`participants.import.error.${code}`, locale, params);
}

/** { "<column header>": "<field>" } for the columns that are imported; a blank header is named by its position. */
export function mappingByHeader(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const entries: [string, string][] = [];
  mapping.forEach((field, i) => {
    if (field) entries.push([headers[i] || `Colonna ${i + 1}`, field]);
  });
  return Object.fromEntries(entries);
}
