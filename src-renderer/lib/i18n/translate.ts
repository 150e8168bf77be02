// A catalogue message in a given language, outside the UI's reactive state: documents, reports, importers and the
// command-line tools (which speak Italian) fill their texts the same way the screens do (lib/i18n/format.ts).
import type { Locale } from '../domain/dates';
import { catalogues, type MessageKey } from './catalogue';
import { formatMessage, type MessageParams } from './format';

/** The message for `key` in `lang` (the Italian one where a translation is missing), placeholders filled in. */
export function translate(lang: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(catalogues[lang][key] ?? catalogues.it[key] ?? key, params);
}
