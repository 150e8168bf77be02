// The feedback questionnaire handed out at the end of a visit, and what its answers add up to. Pure: the
// repository stores questionnaires and answers, the screens and documents show what these functions compute.
import type { FeedbackResponse, Question, QuestionKind } from './types';

/** Every scale runs from 1 (not at all) to 5 (very much). */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

/** The ids of the default questions, kept by every offer that uses them, so the programme report can compare. */
export const STANDARD_SCALES = ['overall', 'usefulness', 'clarity', 'organisation'] as const;
export type StandardScale = (typeof STANDARD_SCALES)[number];

export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 300;
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_NAME_LENGTH = 120;

/**
 * The short default: four 1–5 scales and two free answers. Stored texts are Italian (the handout is printed in
 * Italian whatever the interface language); each offer may change them.
 */
export function defaultQuestions(): Question[] {
  return [
    { id: 'overall', kind: 'scale', text: 'Quanto è soddisfatto/a complessivamente della visita?' },
    { id: 'usefulness', kind: 'scale', text: 'Quanto è utile per il suo lavoro ciò che ha visto?' },
    { id: 'clarity', kind: 'scale', text: 'Quanto sono state chiare le presentazioni?' },
    { id: 'organisation', kind: 'scale', text: 'Quanto è soddisfatto/a dell’organizzazione (accoglienza, tempi, luoghi)?' },
    { id: 'takeaway', kind: 'text', text: 'Che cosa porterà nel suo Comune?' },
    { id: 'comments', kind: 'text', text: 'Commenti e suggerimenti' },
  ];
}

/** One questionnaire per offer, with an id every station derives alike: two stations' copies merge as one. */
export function questionnaireId(offerId: string): string {
  return `questionnaire-${offerId}`;
}

/** A fresh id for a question added by hand, different from the ones already there. */
export function newQuestionId(existing: readonly Question[], random: () => number = Math.random): string {
  const taken = new Set(existing.map((q) => q.id));
  for (;;) {
    const id = `q-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** What is wrong with a list of questions (feedback.questions.error.<code>). */
export type QuestionProblem = 'none' | 'tooMany' | 'emptyText' | 'tooLong' | 'duplicate';

/** What is wrong with a list of questions before it is saved, with the position (from 1) of the first culprit. */
export function questionProblem(questions: readonly Question[]): { problem: QuestionProblem; n?: number } | null {
  if (questions.length === 0) return { problem: 'none' };
  if (questions.length > MAX_QUESTIONS) return { problem: 'tooMany' };
  const seen = new Set<string>();
  for (const [i, q] of questions.entries()) {
    const text = q.text.trim();
    if (!text) return { problem: 'emptyText', n: i + 1 };
    if (text.length > MAX_QUESTION_LENGTH) return { problem: 'tooLong', n: i + 1 };
    const key = text.toLocaleLowerCase('it');
    if (seen.has(key)) return { problem: 'duplicate', n: i + 1 };
    seen.add(key);
  }
  return null;
}

/** Questions as they are stored: texts tidied. */
export function tidyQuestions(questions: readonly Question[]): Question[] {
  return questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text.trim().replace(/\s+/g, ' ') }));
}

export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * The answers worth keeping: only questions of the questionnaire, a scale only as a whole number 1–5, a free
 * answer only when it says something. A blank question is left out rather than stored empty.
 */
export function cleanAnswers(questions: readonly Question[], raw: Record<string, unknown>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const q of questions) {
    const value = raw[q.id];
    if (q.kind === 'scale') {
      const n = typeof value === 'string' && /^\s*[1-5]\s*$/.test(value) ? Number(value) : value;
      if (isScaleValue(n)) out[q.id] = n;
    } else if (typeof value === 'string' && value.trim()) {
      out[q.id] = value.trim().slice(0, MAX_ANSWER_LENGTH);
    }
  }
  return out;
}

/** A response that answers nothing at all (a blank paper form, an empty row) is not worth storing. */
export function isEmptyResponse(answers: Record<string, number | string>): boolean {
  return Object.keys(answers).length === 0;
}

export interface ScaleResult {
  question: Question & { kind: 'scale' };
  /** How many gave a value. */
  answered: number;
  /** Mean of the values given, null when nobody answered. */
  average: number | null;
  /** How many gave 1, 2, 3, 4, 5 (index 0 is 1). */
  distribution: [number, number, number, number, number];
}

export interface TextResult {
  question: Question & { kind: 'text' };
  answers: { text: string; name: string }[];
}

export type QuestionResult = ScaleResult | TextResult;

export interface FeedbackResults {
  responses: number;
  questions: QuestionResult[];
  /** Answers kept for questions no longer in the questionnaire (it was edited after they were given). */
  orphanAnswers: number;
}

export function emptyDistribution(): [number, number, number, number, number] {
  return [0, 0, 0, 0, 0];
}

/** Mean of a distribution of 1–5 values, null when it counts nobody. */
export function distributionAverage(distribution: readonly number[]): number | null {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  return distribution.reduce((sum, count, i) => sum + count * (i + 1), 0) / n;
}

/** Averages and distributions per scale, free answers listed: the results of one session. */
export function feedbackResults(questions: readonly Question[], responses: readonly FeedbackResponse[]): FeedbackResults {
  const known = new Set(questions.map((q) => q.id));
  let orphanAnswers = 0;
  for (const r of responses) for (const id of Object.keys(r.answers)) if (!known.has(id)) orphanAnswers++;
  const results = questions.map((q): QuestionResult => {
    if (q.kind === 'scale') {
      const distribution = emptyDistribution();
      for (const r of responses) {
        const v = r.answers[q.id];
        if (isScaleValue(v)) distribution[v - 1] = distribution[v - 1]! + 1;
      }
      const answered = distribution.reduce((a, b) => a + b, 0);
      return { question: q as Question & { kind: 'scale' }, answered, average: distributionAverage(distribution), distribution };
    }
    const answers = responses
      .map((r) => ({ text: typeof r.answers[q.id] === 'string' ? (r.answers[q.id] as string).trim() : '', name: r.respondentName.trim() }))
      .filter((a) => a.text);
    return { question: q as Question & { kind: 'text' }, answers };
  });
  return { responses: responses.length, questions: results, orphanAnswers };
}

/** "4,3" in Italian, "4.3" in English: one decimal, as averages of a 1–5 scale are read. */
export function formatAverage(value: number | null, lang: 'it' | 'en'): string {
  if (value === null) return '—';
  return value.toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function isQuestionKind(value: unknown): value is QuestionKind {
  return value === 'scale' || value === 'text';
}
