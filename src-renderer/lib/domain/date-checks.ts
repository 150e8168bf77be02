// The date rules every place that takes a date applies the same way (the form import, the offer and session
// editors, the choice of a candidate date, the certificates): a day worth a second look is a national holiday, a
// Saturday or Sunday, or a day already past. None of them is an error: the coordinator checks and decides. Pure.
import { isIsoDate } from './dates';
import { holidayName, isWeekend } from './holidays';
import type { IsoDate } from './types';

export type DateConcern =
  | { day: IsoDate; kind: 'holiday'; holiday: string }
  | { day: IsoDate; kind: 'weekend' }
  | { day: IsoDate; kind: 'past' };

/**
 * What to check about each day, in calendar order, each day once: a holiday (or else a weekend day), and a day
 * before `today`. Days that are not dates are left to the validation that refuses them.
 */
export function dateConcerns(days: readonly IsoDate[], today: IsoDate): DateConcern[] {
  const concerns: DateConcern[] = [];
  for (const day of [...new Set(days)].filter(isIsoDate).sort()) {
    if (day < today) concerns.push({ day, kind: 'past' });
    const holiday = holidayName(day);
    if (holiday) concerns.push({ day, kind: 'holiday', holiday });
    else if (isWeekend(day)) concerns.push({ day, kind: 'weekend' });
  }
  return concerns;
}

/** True when a document dated `issueDate` would precede the last day of the session it attests. */
export function issuedBeforeSessionEnds(issueDate: IsoDate, days: readonly IsoDate[]): boolean {
  const last = [...days].filter(isIsoDate).sort().at(-1);
  return !!last && isIsoDate(issueDate) && issueDate < last;
}
