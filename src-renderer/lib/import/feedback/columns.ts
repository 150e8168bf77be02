// Which column of an online form's export answers which question. Google Forms puts a timestamp first, then one
// column per question headed by its text (a grid question gives "Question [Row]" columns); Microsoft Forms puts
// ID, start and completion times, the respondent's e-mail and name ("anonymous" for guests outside the
// organisation) before the questions. Headers are matched to the questionnaire by their words, in Italian or
// English, and a scale question only takes a column whose answers read as 1–5. Pure.
import { STANDARD_SCALES } from '../../domain/feedback';
import type { Question } from '../../domain/types';
import { normaliseAnswer, readScaleColumn } from './scale-words';

/** What a column is imported as: nothing, the respondent's name, or the answer to a question (its id). */
export type ColumnTarget = '' | '@name' | string;
export const NAME_TARGET = '@name';

/** Columns the forms add on their own: never an answer. */
const SYSTEM_HEADERS = new Set(
  [
    'informazioni cronologiche', 'marca temporale', 'timestamp', 'data e ora', 'data', 'ora',
    'id', 'start time', 'completion time', 'last modified time', 'ora di inizio', 'ora di completamento', 'ora dell ultima modifica', 'ora ultima modifica',
    'email', 'e mail', 'email address', 'indirizzo email', 'indirizzo e mail', 'posta elettronica',
    'punteggio', 'score', 'total points', 'punti totali', 'quiz feedback', 'feedback sul quiz',
  ].map(normaliseAnswer),
);
const SYSTEM_PREFIX = /^(points|punti|feedback) /;

/** A header that names the respondent: "Nome", "Nome e cognome (facoltativo)", "Your name". */
const NAME_HEADER = /^(?:(?:il suo|tuo|your|full)\s+)?(?:nome|name|nominativo|cognome e nome|nome e cognome|nome cognome|firma)\b/;

/** What a respondent's name column says when the form did not record one. */
export const ANONYMOUS = new Set(['anonymous', 'anonimo', 'anonima', 'anonimi', 'anonymes', 'anon', '']);

/** Words of the default questions, Italian and English stems, besides the words of each question's own text. */
const HINTS: Record<string, string[]> = {
  overall: ['complessiv', 'general', 'overall', 'gradiment', 'soddisf', 'satisf'],
  usefulness: ['util', 'useful', 'lavor', 'work', 'relevan', 'pertinen'],
  clarity: ['chiar', 'clear', 'clarit', 'comprens', 'understand'],
  organisation: ['organi', 'logistic', 'accogli', 'hospital'],
  takeaway: ['porter', 'porta', 'riport', 'take', 'applic', 'apply', 'trasfer', 'comune', 'municipal'],
  comments: ['comment', 'suggerim', 'suggest', 'osserv', 'remark', 'note', 'altro', 'other'],
};

const STOP = new Set(
  'il lo la i gli le un una uno di del della dei delle da in con su per tra fra e ed o a al alla ai agli che cosa come quanto quanta quanti quante lei suo sua si ha ho è e stato stata sono the a an of to in for on with and or how what your you did was were is are this that it me my'.split(' '),
);

function stems(text: string): Set<string> {
  return new Set(
    normaliseAnswer(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
      .map((w) => w.slice(0, 6)),
  );
}

/** The text a header says about its question: a grid row "[Chiarezza]" counts as much as the question. */
function headerParts(header: string): string[] {
  const bracket = /\[([^\]]+)\]\s*$/.exec(header);
  return bracket ? [bracket[1]!, header.slice(0, bracket.index)] : [header];
}

/** How well a header matches a question, 0..1. */
export function headerScore(header: string, question: Question): number {
  const q = stems(question.text);
  const hints = HINTS[question.id] ?? [];
  let best = 0;
  headerParts(header).forEach((part, partIndex) => {
    const h = stems(part);
    if (!h.size) return;
    const common = [...h].filter((w) => q.has(w)).length;
    const words = common / Math.min(h.size, Math.max(q.size, 1));
    const hinted = hints.filter((hint) => [...h].some((w) => w.startsWith(hint.slice(0, 6)))).length;
    // The bracketed row of a grid says more than the grid's title, shared by all its rows.
    const weight = partIndex === 0 ? 1 : 0.6;
    best = Math.max(best, weight * Math.min(1, words + 0.35 * hinted));
  });
  return best;
}

export function isSystemHeader(header: string): boolean {
  const n = normaliseAnswer(header);
  return SYSTEM_HEADERS.has(n) || SYSTEM_PREFIX.test(n);
}

export function isNameHeader(header: string): boolean {
  return NAME_HEADER.test(normaliseAnswer(header));
}

/** The usual mapping: each question to its best column, the name to the column that really holds names. */
export function autoColumns(headers: readonly string[], rows: readonly string[][], questions: readonly Question[]): ColumnTarget[] {
  const targets: ColumnTarget[] = headers.map(() => '');
  const column = (i: number) => rows.map((r) => r[i] ?? '');
  const nameColumns = headers
    .map((h, i) => ({ i, h, named: column(i).filter((v) => !ANONYMOUS.has(normaliseAnswer(v))).length }))
    .filter((c) => isNameHeader(c.h) && c.named > 0)
    // The question the form asked ("Nome e cognome (facoltativo)") over the account name it recorded.
    .sort((a, b) => b.named - a.named || b.i - a.i);
  const nameAt = nameColumns[0]?.i ?? null;
  if (nameAt !== null) targets[nameAt] = NAME_TARGET;

  const readable = headers.map((_, i) => readScaleColumn(column(i)).readable);
  const filled = headers.map((_, i) => column(i).some((v) => v.trim()));
  const candidates: { i: number; q: Question; score: number }[] = [];
  headers.forEach((header, i) => {
    if (i === nameAt || isSystemHeader(header) || isNameHeader(header) || !header.trim()) return;
    for (const q of questions) {
      if (q.kind === 'scale' && filled[i] && readable[i]! < 0.5) continue;
      // A column of numbers answers a scale, not a free question.
      if (q.kind === 'text' && filled[i] && readable[i] === 1 && column(i).every((v) => !v.trim() || /^\s*\d/.test(v))) continue;
      const score = headerScore(header, q);
      if (score >= 0.3) candidates.push({ i, q, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i);
  const takenQuestions = new Set<string>();
  for (const c of candidates) {
    if (targets[c.i] || takenQuestions.has(c.q.id)) continue;
    targets[c.i] = c.q.id;
    takenQuestions.add(c.q.id);
  }
  return targets;
}

export { STANDARD_SCALES };
