// Pasti e intolleranze: who eats what, day by day, for the caterer. Pure.
//
// Needs are typed freely («Vegetariana», «celiaco», «senza glutine; frutta a guscio»): each person's text is split
// at «;», «,» or « e », each part is matched to a common need by its words (so «celiaca» and «Senza glutine» are one
// line for the caterer), and anything else is kept as written. «Nessuna», «no», «-» mean no need.
import { foldAccents } from './fold';
import { compareBySurname } from './participants';
import type { AgendaItem, IsoDate, Participant } from './types';

/** Common needs, recognised by words in what people type (accents and case ignored). */
export const KNOWN_NEEDS = ['vegetarian', 'vegan', 'glutenFree', 'lactoseFree', 'nuts', 'shellfish', 'noPork', 'halal', 'kosher'] as const;
export type KnownNeed = (typeof KNOWN_NEEDS)[number];

const PATTERNS: Record<KnownNeed, RegExp> = {
  vegan: /\bvegan/,
  vegetarian: /\bvegetarian|\blatto.?ovo|\bno carne\b|\bsenza carne\b/,
  glutenFree: /\bglutin|\bceliac|\bgluten|\bcoeliac/,
  lactoseFree: /\blattosio|\blactose|\bsenza latte\b|\blatticini|\bdairy/,
  nuts: /\bfrutta (a|in) guscio|\bnoci\b|\bnocciol|\barachid|\bmandorl|\bpistacchi|\bnuts?\b|\bpeanuts?\b/,
  shellfish: /\bcrostace|\bmollusch|\bfrutti di mare|\bshellfish|\bseafood/,
  noPork: /\bmaiale|\bsuino|\bpork\b/,
  halal: /\bhalal/,
  kosher: /\bkosher/,
};

const NOTHING = /^(nessun[ao]?|niente|no|non|n\/?a|none|nothing|-+|–|\/|\.|0)$/;

function plain(text: string): string {
  return foldAccents(text).replace(/\s+/g, ' ').trim();
}

export type Need = { known: KnownNeed } | { other: string };

/** The needs one person's text names, each once, common ones first in a fixed order. */
export function needsOf(text: string): Need[] {
  const parts = text.split(/[;,\n]|\s+e\s+|\s+and\s+|\s*\+\s*/i).map((p) => p.trim()).filter(Boolean);
  const known = new Set<KnownNeed>();
  const other: string[] = [];
  for (const part of parts) {
    const key = plain(part).replace(/[.!]+$/, '');
    if (!key || NOTHING.test(key)) continue;
    // Vegan also matches nothing else: a vegan meal is not also counted as vegetarian.
    const found = KNOWN_NEEDS.filter((need) => PATTERNS[need].test(key) && !(need === 'vegetarian' && PATTERNS.vegan.test(key)));
    if (found.length) found.forEach((n) => known.add(n));
    else if (!other.some((o) => plain(o) === key)) other.push(part.charAt(0).toUpperCase() + part.slice(1));
  }
  return [...KNOWN_NEEDS.filter((n) => known.has(n)).map((n) => ({ known: n })), ...other.map((o) => ({ other: o }))];
}

export interface NeedLine {
  need: Need;
  /** Surname-first names, by surname. */
  people: Participant[];
}

export interface CateringDay {
  day: IsoDate;
  /** The meals of that day's programme (lunch items), so the caterer knows when; empty when none is planned. */
  meals: Pick<AgendaItem, 'start' | 'end' | 'title' | 'place'>[];
  /** Everybody expected that day. */
  total: number;
  /** People with no particular need. */
  none: number;
  lines: NeedLine[];
}

/**
 * The catering list per day of the session: the confirmed participants (the same people as the badges and the
 * sign-in sheet), counted by need with their names. One person with two needs is on both lines.
 */
export function cateringDays(days: readonly IsoDate[], participants: readonly Participant[], items: readonly Pick<AgendaItem, 'dayIndex' | 'kind' | 'start' | 'end' | 'title' | 'place'>[]): CateringDay[] {
  const people = participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
  const lines = new Map<string, NeedLine>();
  let none = 0;
  for (const p of people) {
    const needs = needsOf(p.dietary ?? '');
    if (!needs.length) none++;
    for (const need of needs) {
      const key = 'known' in need ? `k:${need.known}` : `o:${plain(need.other)}`;
      const line = lines.get(key) ?? { need, people: [] };
      line.people.push(p);
      lines.set(key, line);
    }
  }
  const ordered = [...lines.values()].sort((a, b) => {
    const ka = 'known' in a.need ? KNOWN_NEEDS.indexOf(a.need.known) : KNOWN_NEEDS.length;
    const kb = 'known' in b.need ? KNOWN_NEEDS.indexOf(b.need.known) : KNOWN_NEEDS.length;
    return ka - kb || b.people.length - a.people.length || ('other' in a.need && 'other' in b.need ? a.need.other.localeCompare(b.need.other, 'it') : 0);
  });
  return days.map((day, dayIndex) => ({
    day,
    meals: items.filter((i) => i.dayIndex === dayIndex && i.kind === 'pranzo').sort((a, b) => a.start.localeCompare(b.start)).map(({ start, end, title, place }) => ({ start, end, title, place })),
    total: people.length,
    none,
    lines: ordered,
  }));
}
