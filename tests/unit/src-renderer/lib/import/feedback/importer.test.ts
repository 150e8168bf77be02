import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../../../../src-renderer/lib/domain/feedback';
import { buildFeedbackImport, FeedbackImportError, NAME_TARGET, numericScale, readFeedbackFile, readScaleColumn } from '../../../../../../src-renderer/lib/import/feedback';

const dir = join(import.meta.dirname, '../../../../../fixtures/feedback');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const questions = defaultQuestions();

async function importFixture(name: string) {
  const file = await readFeedbackFile(bytes(name), questions);
  return { file, result: buildFeedbackImport(file, file.mapping, questions) };
}

/** The mapping as header → question id, for readable expectations. */
const mapped = (file: { headers: string[]; mapping: string[] }) => Object.fromEntries(file.headers.map((h, i) => [h, file.mapping[i]]).filter(([, t]) => t));

describe('answers exported from online forms', () => {
  it('reads a Google Forms export in Italian: every question found, numbers as values, the optional name kept', async () => {
    const { file, result } = await importFixture('google-forms-it.csv');
    expect(Object.values(mapped(file))).toEqual(['overall', 'usefulness', 'clarity', 'organisation', 'takeaway', 'comments', NAME_TARGET]);
    expect(result.rows).toHaveLength(4);
    expect(result.rows[0]!.answers).toEqual({ overall: 5, usefulness: 4, clarity: 5, organisation: 4, takeaway: 'Il regolamento dei patti di collaborazione, «così com’è»', comments: 'Grazie, tutto chiaro.\nSolo il pranzo un po’ lungo.' });
    expect(result.rows.map((r) => r.respondentName)).toEqual(['Nicolò D’Amico', '', '', 'Chiara Esposito']);
    expect(result.unreadable).toEqual([]);
    expect(result.unmapped).toEqual([]);
  });

  it('reads a Google Forms export in English with answers as words (Very satisfied … Dissatisfied) and ignores the e-mail column', async () => {
    const { file, result } = await importFixture('google-forms-en.csv');
    expect(mapped(file)).toEqual({
      'Overall, how satisfied were you with the visit?': 'overall',
      'How useful was what you saw for your own work?': 'usefulness',
      'How clear were the presentations?': 'clarity',
      'How satisfied were you with the organisation?': 'organisation',
      'What will you take back to your municipality?': 'takeaway',
      Comments: 'comments',
    });
    expect(result.rows.map((r) => [r.answers.overall, r.answers.organisation])).toEqual([[5, 4], [4, 5], [3, 2]]);
    expect(result.rows.every((r) => r.respondentName === '')).toBe(true);
  });

  it('reads a Google Forms grid ("Titolo [riga]") saved by Italian Excel (";", Windows-1252) with Per niente … Moltissimo, and lists an answer it cannot read', async () => {
    const { file, result } = await importFixture('google-forms-griglia-it.csv');
    expect(Object.values(mapped(file))).toEqual(['overall', 'usefulness', 'clarity', 'organisation', 'takeaway']);
    expect(result.rows.map((r) => [r.answers.overall, r.answers.usefulness, r.answers.clarity, r.answers.organisation])).toEqual([
      [5, 4, 3, 4],
      [4, 5, 4, 1],
      [3, 2, 1, 3],
      [4, undefined, 4, 4],
    ]);
    expect(result.unreadable).toEqual([{ row: 4, questionId: 'usefulness', text: 'Non so' }]);
    expect(result.rows[0]!.answers.takeaway).toBe('Il patto di collaborazione; lo schema di delibera');
    expect(result.unmapped.map((q) => q.id)).toEqual(['comments']);
  });

  it('reads a Microsoft Forms .xlsx in Italian: Likert words, ratings as numbers, the "anonymous" name and e-mail left out', async () => {
    const { file, result } = await importFixture('microsoft-forms-it.xlsx');
    expect(file.format).toBe('xlsx');
    expect(mapped(file)).toEqual({
      'Soddisfazione complessiva per la visita': 'overall',
      'Utilità per il suo lavoro': 'usefulness',
      'Chiarezza delle presentazioni': 'clarity',
      'L’organizzazione della giornata': 'organisation',
      'Che cosa porterà nel suo Comune?': 'takeaway',
      Commenti: 'comments',
    });
    expect(result.rows.map((r) => [r.answers.overall, r.answers.organisation])).toEqual([[5, 4], [4, 5], [3, 2], [1, 1]]);
    expect(result.rows.every((r) => r.respondentName === '')).toBe(true);
    expect(result.rows.map((r) => r.externalKey)).toEqual(['id:1', 'id:2', 'id:3', 'id:5']);
  });

  it('reads a Microsoft Forms .xlsx in English: Strongly agree … Strongly disagree, Excellent … Poor, a real name when the guest gave one', async () => {
    const { file, result } = await importFixture('microsoft-forms-en.xlsx');
    expect(Object.values(mapped(file))).toEqual([NAME_TARGET, 'overall', 'usefulness', 'clarity', 'organisation', 'takeaway', 'comments']);
    expect(result.rows.map((r) => [r.answers.overall, r.answers.usefulness, r.answers.clarity, r.answers.organisation])).toEqual([
      [5, 5, 5, 5],
      [4, 4, 4, 4],
      [2, 3, 3, 3],
      [5, 1, 1, 2],
    ]);
    expect(result.rows.map((r) => r.respondentName)).toEqual(['Marco Bianchi', '', '', '']);
  });

  it('gives the same keys to the same rows read twice, so a later export of the same form adds only new answers', async () => {
    const first = (await importFixture('google-forms-it.csv')).result.rows.map((r) => r.externalKey);
    const again = (await importFixture('google-forms-it.csv')).result.rows.map((r) => r.externalKey);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('applies a mapping changed by hand: a column taken away is not imported', async () => {
    const file = await readFeedbackFile(bytes('google-forms-it.csv'), questions);
    const mapping = file.mapping.map((t) => (t === 'comments' || t === NAME_TARGET ? '' : t));
    const result = buildFeedbackImport(file, mapping, questions);
    expect(result.rows.every((r) => !('comments' in r.answers) && r.respondentName === '')).toBe(true);
    expect(result.unmapped.map((q) => q.id)).toEqual(['comments']);
  });

  it.each([
    ['empty.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
    ['garbage.bin', 'binary'],
    ['old-excel.xls', 'xls'],
    ['truncated.xlsx', 'xlsxBroken'],
    ['elenco-iscritti.csv', 'noQuestions'],
  ])('refuses %s with the reason (%s)', async (name, code) => {
    const error = await readFeedbackFile(bytes(name), questions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedbackImportError);
    expect((error as FeedbackImportError).code).toBe(code);
  });
});

describe('scale answers in words or numbers', () => {
  it.each([
    ['4', 4], ['4,0', 4], ['4 - Molto', 4], ['4/5', 4], ['4 su 5', 4], ['★★★', 3], ['10', null], ['4/10', null], ['0', null], ['6', null], ['4,5', null],
  ])('reads %s as %s', (text, value) => {
    expect(numericScale(text)).toBe(value);
  });

  it('reads "Molto" as 4 on a Per niente … Moltissimo scale but "Molto soddisfatto" as 5 on a satisfaction scale', () => {
    expect(readScaleColumn(['Per niente', 'Poco', 'Abbastanza', 'Molto', 'Moltissimo']).values).toEqual([1, 2, 3, 4, 5]);
    expect(readScaleColumn(['Molto soddisfatto', 'Soddisfatto', 'Insoddisfatto']).values).toEqual([5, 4, 2]);
    // Per niente … Molto soddisfatta is the "how much" scale again: Molto is 4.
    expect(readScaleColumn(['Molto soddisfatta', 'Abbastanza soddisfatta', 'Per niente soddisfatta', 'Poco soddisfatta']).values).toEqual([4, 3, 1, 2]);
  });

  it('reads the usual English scales, whatever the case and spacing', () => {
    expect(readScaleColumn(['STRONGLY AGREE', 'agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree']).values).toEqual([5, 4, 3, 2, 1]);
    expect(readScaleColumn(['Not at all useful', 'Slightly useful', 'Moderately useful', 'Very useful', 'Extremely useful']).values).toEqual([1, 2, 3, 4, 5]);
    expect(readScaleColumn(['Poor', 'Fair', 'Good', 'Very good', 'Excellent']).values).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads Italian agreement with its apostrophes (D'accordo, Completamente d’accordo)", () => {
    expect(readScaleColumn(["Completamente d'accordo", 'D’accordo', 'Né d’accordo né in disaccordo', 'In disaccordo', 'Fortemente in disaccordo']).values).toEqual([5, 4, 3, 2, 1]);
  });

  it('marks what it cannot read and leaves blanks blank', () => {
    const column = readScaleColumn(['5', '', 'forse', 'Molto']);
    expect(column.values).toEqual([5, null, null, 4]);
    expect(column.unreadable).toEqual([2]);
    expect(column.readable).toBeCloseTo(2 / 3);
  });
});
