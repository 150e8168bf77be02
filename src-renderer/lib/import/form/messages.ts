// The form reader's warnings and refusals in words: in the UI's language on the review screen, in Italian on the
// command line, from the catalogue (offers.import.warning.<code>, offers.import.error.<reason>).
import { formatDate, formatLongDate, weekdayName, type Locale } from '../../domain/dates';
import type { OfferFormat } from '../../domain/types';
import type { MessageParams } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import type { FormImportError } from './errors';
import type { FormWarning, FormWarningParams } from './warnings';

const DATES = ['date', 'from', 'to'] as const;

/** The values of a warning as its message uses them: each date long, and as day and weekday apart. */
function messageParams(params: FormWarningParams, locale: Locale): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  for (const name of DATES) {
    const day = params[name];
    if (!day) continue;
    out[name] = formatLongDate(day, locale);
    out[`${name}Day`] = formatDate(day, locale);
    out[`${name}Weekday`] = weekdayName(day, locale);
  }
  const formatWord = (f: OfferFormat) => translate(locale, `offers.format.${f}`).toLowerCase();
  if (params.format) out.format = formatWord(params.format);
  if (params.formats) out.formats = params.formats.map(formatWord).join(', ');
  if (params.values) {
    out.values = new Intl.ListFormat(locale, { type: 'disjunction' }).format(params.values.map(String));
    out.count = params.values.length;
  }
  return out;
}

/** What a warning says, in `locale`. */
export function formWarningMessage(w: Pick<FormWarning, 'code' | 'params'>, locale: Locale): string {
  const text = translate(locale, `offers.import.warning.${w.code}`, messageParams(w.params, locale));
  // A message may open with a date: «Sabato 8 maggio 2027 cade di sabato».
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why a file was refused, in `locale`. */
export function formImportErrorMessage(error: Pick<FormImportError, 'reason' | 'params'>, locale: Locale): string {
  return translate(locale, `offers.import.error.${error.reason}`, error.params);
}
