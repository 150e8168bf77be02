// "Quanti partecipanti…": the number of guests per session, and the professional profiles that benefit most.
import { fold, NUMBER, numberValue } from './text';

export interface CapacityReading {
  min: number | null;
  max: number | null;
  profiles: string;
}

const PEOPLE = '(?:persone|partecipanti|posti|ospiti|colleghi|dipendenti|unita|funzionari|amministratori|rappresentanti)';
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

interface Rule {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Partial<Pick<CapacityReading, 'min' | 'max'>>;
}

const RULES: Rule[] = [
  { pattern: new RegExp(`${B}(?:da|tra|fra)\\s+${NUMBER}\\s+(?:a|e)\\s+(?:un massimo di\\s+)?${NUMBER}${E}(?:\\s+${PEOPLE})?`, 'u'), read: (m) => ({ min: numberValue(m[1]!), max: numberValue(m[2]!) }) },
  { pattern: new RegExp(`${B}(\\d{1,3})\\s*(?:/|-|–|÷)\\s*(\\d{1,3})${E}(?:\\s+${PEOPLE})?`, 'u'), read: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { pattern: new RegExp(`${B}${NUMBER}\\s+(?:o|a)\\s+${NUMBER}\\s+${PEOPLE}`, 'u'), read: (m) => ({ min: numberValue(m[1]!), max: numberValue(m[2]!) }) },
  { pattern: new RegExp(`${B}(?:minimo|min\\.?|almeno|non meno di)\\s*(?:di\\s+)?${NUMBER}${E}(?:\\s+${PEOPLE})?`, 'u'), read: (m) => ({ min: numberValue(m[1]!) }) },
  { pattern: new RegExp(`${B}(?:massimo|max\\.?|fino a(?:d)?|al massimo|non piu di|entro|un massimo di)\\s*(?:di\\s+)?(?:n\\.\\s*)?${NUMBER}${E}(?:\\s+${PEOPLE})?`, 'u'), read: (m) => ({ max: numberValue(m[1]!) }) },
  { pattern: new RegExp(`${B}(?:n\\.\\s*)?${NUMBER}\\s+${PEOPLE}${E}`, 'u'), read: (m) => ({ max: numberValue(m[1]!) }) },
  { pattern: /^\s*(\d{1,3})\s*$/u, read: (m) => ({ max: Number(m[1]) }) },
];

/** Reads "4/5", "Massimo 10 persone, tra …", "Da 6 a 8 persone (…)", "fino a 12", "5 partecipanti". */
export function readCapacity(lines: string[]): CapacityReading {
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  let folded = fold(text);
  let min: number | null = null;
  let max: number | null = null;
  const cuts: [number, number][] = [];
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded);
    if (!m) continue;
    const read = rule.read(m);
    if (read.min !== undefined && min === null && Number.isFinite(read.min)) min = read.min;
    if (read.max !== undefined && max === null && Number.isFinite(read.max)) max = read.max;
    cuts.push([m.index, m.index + m[0].length]);
    folded = folded.slice(0, m.index) + ' '.repeat(m[0].length) + folded.slice(m.index + m[0].length);
    if (min !== null && max !== null) break;
  }
  if (min !== null && max === null) max = min;
  if (min !== null && max !== null && min === max) min = null;
  let rest = text;
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) rest = rest.slice(0, from) + ' ' + rest.slice(to);
  return { min, max, profiles: cleanProfiles(rest) };
}

function cleanProfiles(rest: string): string {
  let s = rest.replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = s;
    s = s
      .replace(/^[\s,;:.\-–]+/, '')
      .replace(/^(?:per (?:ogni|ciascuna) sessione|a sessione|per sessione)\b/i, '')
      .replace(/^(?:tra cui|fra cui|di cui|tra|fra|in particolare|preferibilmente|principalmente|soprattutto|ovvero|cioè|quali|come)\s+/i, '')
      .replace(/[\s,;:\-–]+$/, '')
      .trim();
    if (s.startsWith('(') && s.endsWith(')') && !s.slice(1, -1).includes(')')) s = s.slice(1, -1).trim();
    if (s === before) break;
  }
  return s;
}
