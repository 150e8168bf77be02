// How a catalogue text is filled in. One place for every interpolation (screens, documents, importers), so the
// grammar rules of lib/i18n/italian.ts apply everywhere the same way. Pure.
//
//   {name}                 the value as it is
//   {count:offerta|offerte} the singular form when count is 1, the plural otherwise (forms may hold {placeholders})
//   {kind#conteggiato|conteggiata} masculine or feminine form after the value's head noun (masculine if unknown)
//   {host@da}              the value after a preposition, article joined where Italian wants it («dal Comune di…»)
//   {venue@art}            the value with its article («il Centro civico…»); a number gets «i»/«gli» («gli 8»)
import { isSingular, nounGender, pluralArticleForNumber, withArticle, withPreposition } from './italian';

export type MessageParams = Record<string, string | number>;

const CHOICE = /\{(\w+)([:#])((?:[^{}|]|\{[^{}]*\})*)\|((?:[^{}]|\{[^{}]*\})*)\}/g;
const SIMPLE = /\{(\w+)(?:@(\w+))?\}/g;

/** The names of the placeholders a text uses, for the catalogue's checks. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
}

export function formatMessage(text: string, params?: MessageParams): string {
  if (!params) return text;
  const chosen = text.replace(CHOICE, (whole, name: string, kind: string, first: string, second: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (kind === ':') return isSingular(value) ? first : second;
    return nounGender(String(value)) === 'f' ? second : first;
  });
  return chosen.replace(SIMPLE, (whole, name: string, rule: string | undefined) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (!rule) return String(value);
    if (rule === 'art') return typeof value === 'number' ? `${pluralArticleForNumber(value)} ${value}` : withArticle(value);
    return withPreposition(rule, String(value));
  });
}
