// Scale answers as online forms export them: a number ("4", "4 - Molto", "4/5"), stars, or the words of the
// scale ("Molto soddisfatto", "Per niente", "Abbastanza", "Strongly agree"). The same word means different
// values on different scales ("Molto" is 4 of 5 on Per niente…Moltissimo, "Molto soddisfatto" is 5 of 5 on
// Molto insoddisfatto…Molto soddisfatto), so a column is read as a whole: the scale that explains most of its
// answers decides. Pure.
import type { ScaleValue } from '../../domain/feedback';
import { foldAccents } from '../../domain/fold';

/** Lower case, no accents, apostrophes and punctuation as spaces, "soddisfatto/a" as "soddisfatto". */
export function normaliseAnswer(text: string): string {
  return foldAccents(text)
    .replace(/([a-z])o\s*[/(]\s*a\s*\)?/g, '$1o')
    .replace(/[^a-z0-9★☆]+/g, ' ')
    .trim();
}

interface Family {
  name: string;
  /** 'exact': the whole answer is one of the phrases; 'prefix': it starts with one ("Molto utile"). */
  match: 'exact' | 'prefix';
  /** Phrases for 1, 2, 3, 4, 5 (already normalised). */
  levels: [string[], string[], string[], string[], string[]];
}

// Exact families first: on a tie they win over the prefix ones.
const FAMILIES: Family[] = [
  {
    name: 'it-soddisfazione',
    match: 'exact',
    levels: [
      ['molto insoddisfatto', 'molto insoddisfatta', 'del tutto insoddisfatto', 'del tutto insoddisfatta', 'per niente soddisfatto', 'per niente soddisfatta'],
      ['insoddisfatto', 'insoddisfatta', 'poco soddisfatto', 'poco soddisfatta'],
      ['ne soddisfatto ne insoddisfatto', 'ne soddisfatta ne insoddisfatta', 'neutrale', 'indifferente', 'abbastanza soddisfatto', 'abbastanza soddisfatta'],
      ['soddisfatto', 'soddisfatta'],
      ['molto soddisfatto', 'molto soddisfatta', 'pienamente soddisfatto', 'pienamente soddisfatta', 'completamente soddisfatto', 'completamente soddisfatta'],
    ],
  },
  {
    name: 'it-accordo',
    match: 'exact',
    levels: [
      ['fortemente in disaccordo', 'completamente in disaccordo', 'totalmente in disaccordo', 'del tutto in disaccordo', 'molto in disaccordo', 'per niente d accordo'],
      ['in disaccordo', 'disaccordo', 'poco d accordo'],
      ['ne d accordo ne in disaccordo', 'neutrale', 'incerto', 'indeciso', 'abbastanza d accordo'],
      ['d accordo', 'daccordo', 'in accordo'],
      ['fortemente d accordo', 'completamente d accordo', 'totalmente d accordo', 'pienamente d accordo', 'del tutto d accordo', 'molto d accordo'],
    ],
  },
  {
    name: 'it-giudizio',
    match: 'exact',
    levels: [
      ['pessimo', 'pessima', 'molto scarso', 'molto scarsa', 'gravemente insufficiente'],
      ['scarso', 'scarsa', 'insufficiente', 'mediocre'],
      ['sufficiente', 'discreto', 'discreta', 'nella media'],
      ['buono', 'buona'],
      ['ottimo', 'ottima', 'eccellente'],
    ],
  },
  {
    name: 'en-satisfaction',
    match: 'exact',
    levels: [
      ['very dissatisfied', 'very unsatisfied', 'extremely dissatisfied', 'not at all satisfied'],
      ['dissatisfied', 'unsatisfied', 'somewhat dissatisfied', 'slightly satisfied'],
      ['neutral', 'neither satisfied nor dissatisfied', 'moderately satisfied'],
      ['satisfied', 'somewhat satisfied'],
      ['very satisfied', 'extremely satisfied', 'completely satisfied'],
    ],
  },
  {
    name: 'en-agreement',
    match: 'exact',
    levels: [['strongly disagree'], ['disagree', 'somewhat disagree'], ['neutral', 'neither agree nor disagree', 'undecided'], ['agree', 'somewhat agree'], ['strongly agree']],
  },
  {
    name: 'en-quality',
    match: 'exact',
    levels: [['very poor', 'terrible'], ['poor'], ['average', 'fair'], ['good'], ['excellent', 'very good']],
  },
  {
    name: 'en-quality-fair',
    match: 'exact',
    levels: [['poor'], ['fair'], ['good'], ['very good'], ['excellent']],
  },
  {
    name: 'it-quanto',
    match: 'prefix',
    levels: [
      ['per niente', 'per nulla', 'niente', 'nulla', 'affatto', 'nessuno', 'nessuna'],
      ['poco', 'poca', 'scarsamente'],
      ['abbastanza', 'sufficientemente', 'discretamente', 'in parte', 'parzialmente'],
      ['molto', 'molta'],
      ['moltissimo', 'moltissima', 'del tutto', 'completamente', 'totalmente', 'estremamente', 'pienamente'],
    ],
  },
  {
    name: 'en-how-much',
    match: 'prefix',
    levels: [['not at all', 'not'], ['slightly', 'a little', 'barely'], ['moderately', 'somewhat', 'fairly', 'quite'], ['very'], ['extremely', 'completely', 'totally', 'very much']],
  },
];

/** Words that turn a "how much" answer around: "Molto insoddisfatto" is not "Molto" (4). */
const NEGATIVE = /\b(insoddisf|disacc|dissatisf|unsatisf|disagree|scars|poor|inutil|useless|unclear)/;

function levelOf(family: Family, answer: string): ScaleValue | null {
  for (let i = 0; i < 5; i++) {
    for (const phrase of family.levels[i]!) {
      if (answer === phrase) return (i + 1) as ScaleValue;
      if (family.match === 'prefix' && answer.startsWith(`${phrase} `) && !NEGATIVE.test(answer.slice(phrase.length))) return (i + 1) as ScaleValue;
    }
  }
  return null;
}

/** A number 1–5 at the start ("4", "4,0", "4 - Molto", "4/5", "4 su 5") or one to five stars; null otherwise. */
export function numericScale(text: string): ScaleValue | null {
  const stars = [...text].filter((c) => c === '★').length;
  if (stars >= 1 && stars <= 5 && /^[★☆\s]+$/.test(text.trim())) return stars as ScaleValue;
  const m = /^\s*([1-5])(?:[.,]0+)?(?!\d)(?!\s*[.,]\d)/.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  // "4/5", "4 su 5", "4 out of 5" must be out of five; "4/10" is another scale.
  const outOf = /^(?:\/|su|di|out of)\s*(\d+)/i.exec(rest);
  if (outOf && outOf[1] !== '5') return null;
  return Number(m[1]) as ScaleValue;
}

export interface ScaleColumn {
  /** The value read for each answer, null when blank or not understood. */
  values: (ScaleValue | null)[];
  /** Positions of answers that say something but could not be read as 1–5. */
  unreadable: number[];
  /** Share of the non-blank answers that were read, 0..1 (1 for a column with no answers). */
  readable: number;
  /** The word scale that decided, if any. */
  family: string | null;
}

/** Reads a whole column of scale answers (see the top of this file). */
export function readScaleColumn(answers: readonly string[]): ScaleColumn {
  const normalised = answers.map(normaliseAnswer);
  const values: (ScaleValue | null)[] = answers.map((a) => (a.trim() ? numericScale(a) : null));
  const words = [...new Set(normalised.filter((n, i) => n && values[i] === null))];
  // The scale that reads most of the words; on a tie, the one that gives them more distinct values, then the one
  // whose values leave no gap ("Excellent, Good, Fair, Poor" is 5 to 2, not 5, 3, 2, 1).
  let best: Family | null = null;
  let bestScore = [0, 0, 0];
  for (const family of FAMILIES) {
    const levels = words.map((w) => levelOf(family, w)).filter((v): v is ScaleValue => v !== null);
    const distinct = [...new Set(levels)].sort();
    const contiguous = distinct.length > 0 && distinct[distinct.length - 1]! - distinct[0]! === distinct.length - 1 ? 1 : 0;
    const score = [levels.length, distinct.length, contiguous];
    if (score[0]! > 0 && (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && (score[1]! > bestScore[1]! || (score[1] === bestScore[1] && score[2]! > bestScore[2]!))))) {
      best = family;
      bestScore = score;
    }
  }
  const bestCover = bestScore[0]!;
  const unreadable: number[] = [];
  let filled = 0;
  answers.forEach((answer, i) => {
    if (!answer.trim()) return;
    filled++;
    if (values[i] !== null) return;
    const w = normalised[i]!;
    const byBest = best ? levelOf(best, w) : null;
    const value = byBest ?? FAMILIES.map((f) => levelOf(f, w)).find((v) => v !== null) ?? null;
    values[i] = value;
    if (value === null) unreadable.push(i);
  });
  return { values, unreadable, readable: filled ? (filled - unreadable.length) / filled : 1, family: bestCover ? best!.name : null };
}
