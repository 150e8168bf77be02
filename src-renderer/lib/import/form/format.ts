// The format of the exchange (in presence, workshop, synchronous webinar), read from the words of the form.
import type { OfferFormat } from '../../domain/types';
import { fold } from './text';

export interface FormatReading {
  format: OfferFormat;
  /** Every format the form mentions, in the order written. */
  mentioned: OfferFormat[];
}

const WORDS: [OfferFormat, RegExp][] = [
  ['workshop', /\bworkshop\b/],
  ['webinar', /\bwebinar\b|\bin videoconferenza\b|\bonline\b|\bon line\b|\ba distanza\b/],
  ['presenza', /\bin presenza\b/],
];

export function readFormat(text: string): FormatReading {
  const folded = fold(text);
  const found = WORDS.map(([format, re]) => ({ format, at: folded.search(re) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((f) => f.format);
  return { format: found[0] ?? 'presenza', mentioned: found };
}
