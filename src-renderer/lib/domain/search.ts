// Search at the door: case- and accent-insensitive on surname, name, organisation and code ("nicolo" finds
// "Nicolò", "damico" finds "D'Amico"). The text of every participant is normalised once, when the list changes,
// so a keystroke only runs a few `includes` per participant and a linear bucket by rank (no sort).
import { foldAccents } from './fold';

export interface Searchable {
  id: string;
  surname: string;
  name: string;
  organisation: string;
  checkinCode: string;
}

/** Lower case, accents and apostrophes gone, every other non-letter a single space. */
export function normaliseWords(text: string): string {
  return foldAccents(text)
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same, with no spaces at all: "De Luca" and "D'Amico" become "deluca" and "damico". */
export function compact(text: string): string {
  return normaliseWords(text).replace(/ /g, '');
}

interface Entry<T> {
  item: T;
  /** compact fields joined by '|', so a query never matches across two fields */
  hay: string;
  /** ' ' + the words of surname, name and organisation, for "starts a word" ranking */
  words: string;
  surname: string;
  fullNames: [string, string];
  code: string;
}

export interface SearchIndex<T extends Searchable> {
  /** Entries in alphabetical order (surname, name), the order of ties. */
  entries: Entry<T>[];
  byCode: Map<string, T>;
  /** Codes held by more than one person (data from before codes were kept unique): never resolved to one of them. */
  sharedCodes: Map<string, T[]>;
}

const collator = new Intl.Collator('it', { sensitivity: 'base' });

export function buildSearchIndex<T extends Searchable>(items: readonly T[]): SearchIndex<T> {
  const sorted = [...items].sort((a, b) => collator.compare(a.surname, b.surname) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const entries = sorted.map((item) => {
    const surname = compact(item.surname);
    const name = compact(item.name);
    const code = compact(item.checkinCode);
    return {
      item,
      hay: [surname, name, compact(item.organisation), code].join('|'),
      words: ` ${normaliseWords(`${item.surname} ${item.name} ${item.organisation}`)}`,
      surname,
      fullNames: [surname + name, name + surname] as [string, string],
      code,
    };
  });
  const byCode = new Map<string, T>();
  const sharedCodes = new Map<string, T[]>();
  for (const e of entries) {
    if (!e.code) continue;
    const owner = byCode.get(e.code);
    if (owner) sharedCodes.set(e.code, [...(sharedCodes.get(e.code) ?? [owner]), e.item]);
    else byCode.set(e.code, e.item);
  }
  for (const code of sharedCodes.keys()) byCode.delete(code);
  return { entries, byCode, sharedCodes };
}

/** The participant whose check-in code is exactly this text (a scanner's reading), if any and if only one. */
export function findByCode<T extends Searchable>(index: SearchIndex<T>, text: string): T | undefined {
  const code = compact(text);
  return code ? index.byCode.get(code) : undefined;
}

/** Everyone holding this code when more than one person does (else an empty list): the desk must not choose. */
export function sharingCode<T extends Searchable>(index: SearchIndex<T>, text: string): T[] {
  const code = compact(text);
  return (code && index.sharedCodes.get(code)) || [];
}

/**
 * Matches in rank order: the exact code first, then surnames (or "surname name") starting with the query,
 * then "name surname" or any word starting with it, then anything containing it; alphabetical within a rank.
 * An empty query returns everyone, alphabetically.
 */
export function search<T extends Searchable>(index: SearchIndex<T>, query: string): T[] {
  return searchTop(index, query, Number.POSITIVE_INFINITY).items;
}

/**
 * The first `limit` matches in rank order and how many there are in all: what the screen draws on each
 * keystroke, without building the full list of thousands of matches.
 */
export function searchTop<T extends Searchable>(index: SearchIndex<T>, query: string, limit: number): { items: T[]; total: number } {
  const words = normaliseWords(query);
  if (!words) return { items: index.entries.slice(0, limit).map((e) => e.item), total: index.entries.length };
  const tokens = words.split(' ');
  const whole = tokens.join('');
  const wordStart = ` ${tokens[0]!}`;
  const buckets: T[][] = [[], [], [], []];
  let total = 0;
  for (const e of index.entries) {
    let all = true;
    for (const token of tokens) {
      if (!e.hay.includes(token)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    total++;
    const rank =
      e.code === whole ? 0 : e.surname.startsWith(whole) || e.fullNames[0].startsWith(whole) ? 1 : e.fullNames[1].startsWith(whole) || e.words.includes(wordStart) ? 2 : 3;
    const bucket = buckets[rank]!;
    if (bucket.length < limit) bucket.push(e.item);
  }
  const items: T[] = [];
  for (const bucket of buckets) {
    for (const item of bucket) {
      if (items.length >= limit) break;
      items.push(item);
    }
  }
  return { items, total };
}
