// What the form reader warns about, as codes with their values (like the participants' importer): the review
// screen says them in the user's language, the command line in Italian (messages.ts). Nothing here is worded.
import type { IsoDate, OfferFormat } from '../../domain/types';
import type { ParsedOfferKey } from './parse';

export type FormWarningCode =
  // Fields
  | 'missingField'
  | 'capacityUnreadable'
  | 'capacityOrder'
  | 'capacityLarge'
  | 'durationMany'
  | 'durationTooLong'
  | 'halfDay'
  | 'durationUnreadable'
  | 'durationInferred'
  | 'formatMany'
  // Dates
  | 'dateInvalid'
  | 'weekdayMismatch'
  | 'noYear'
  | 'rangeUnreadable'
  | 'oneDayOfTwo'
  | 'periodSplit'
  | 'daysAsSessions'
  | 'dateModeUnclear'
  | 'noDates'
  // Date checks, the same as every editor's (lib/domain/date-checks)
  | 'holiday'
  | 'weekend'
  | 'past';

/** The values a warning names, as data: dates as `yyyy-MM-dd`, formats as codes, the form's words as written. */
export interface FormWarningParams {
  /** Words of the form as written ("7-8 MAGGIO", "Venerdì 17 febbraio 2027"). */
  written?: string;
  /** A label of the form ("Comune ospitante"). */
  label?: string;
  min?: number;
  max?: number;
  /** A duration in days. */
  days?: number;
  /** Several durations read, in days. */
  values?: number[];
  /** The formats the form mentions, and the one chosen. */
  formats?: OfferFormat[];
  format?: OfferFormat;
  date?: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  /** The public holiday's name. */
  holiday?: string;
  /** Dates written without a year and the year taken for each ("7 maggio → 2027; …"). */
  assumed?: string;
}

export interface FormWarning {
  /** The offer key concerned ("sessions" for dates). */
  field: ParsedOfferKey;
  code: FormWarningCode;
  params: FormWarningParams;
  /** A date check (holiday, weekend, past), re-done live by the editors on the dates as edited. */
  dateCheck?: true;
}

export function warning(field: ParsedOfferKey, code: FormWarningCode, params: FormWarningParams = {}): FormWarning {
  return { field, code, params };
}
