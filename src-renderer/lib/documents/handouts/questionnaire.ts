// Questionario di gradimento: handed out at the end of a visit. The scales are one grid, a box to tick under
// 1 … 5 for each question; each free question has a box to write in; the name at the bottom is optional (the
// answers are anonymous unless the guest chooses otherwise). One or two A4 pages. Pure builder.
import { formatDays } from '../../domain/dates';
import type { HostSettings, Offer, Question, Session } from '../../domain/types';
import { cell, heading, paragraph, row, run, spacer, type Block, type DocModel, type TableBlock } from '../model';
import { shortTitle } from '../file-names';
import { DOC_THEME } from '../theme';
import { docText, hostSection, type DocLang } from './common';

export interface QuestionnaireInput {
  settings: HostSettings;
  offer: Offer;
  session: Session;
  questions: Question[];
  lang: DocLang;
}

/** The box to tick: a white square, which Arial and every office font have. */
export const TICK_BOX = '□';

function scaleGrid(lang: DocLang, questions: Question[]): TableBlock {
  const head = (n: number) => cell([paragraph([run(String(n), { bold: true })], { align: 'center', spaceAfter: 0 }), paragraph([run(docText(lang, `feedback.scale.${n}` as 'feedback.scale.1'), { size: 7.5 })], { align: 'center', spaceAfter: 0 })], { align: 'center', verticalAlign: 'bottom' });
  return {
    kind: 'table',
    columns: [{ width: 6 }, { width: 1.6 }, { width: 1.6 }, { width: 1.6 }, { width: 1.6 }, { width: 1.6 }],
    header: [row([cell(''), head(1), head(2), head(3), head(4), head(5)])],
    rows: questions.map((q, i) =>
      row(
        [
          cell([run(`${i + 1}. `, { bold: true }), run(q.text)], { verticalAlign: 'center' }),
          ...[1, 2, 3, 4, 5].map(() => cell([paragraph([run(TICK_BOX, { size: 18 })], { align: 'center', spaceAfter: 0 })], { align: 'center', verticalAlign: 'center' })),
        ],
        { minHeight: 12 },
      ),
    ),
    borders: 'rows',
    borderColor: DOC_THEME.line,
    size: 10.5,
    headerShading: DOC_THEME.headerShading,
  };
}

function writingBox(height: number): TableBlock {
  return { kind: 'table', columns: [{ width: 1 }], header: [], rows: [row([cell('')], { minHeight: height })], borders: 'grid', borderColor: DOC_THEME.line };
}

export function buildQuestionnaire(input: QuestionnaireInput): DocModel {
  const { lang, session, questions } = input;
  const scales = questions.filter((q) => q.kind === 'scale');
  const texts = questions.filter((q) => q.kind === 'text');
  const title = input.offer.title.trim();
  const blocks: Block[] = [
    heading(docText(lang, 'documents.feedback.title'), 1),
    paragraph([run(title, { bold: true, size: 12.5, color: DOC_THEME.primaryDark })], { spaceAfter: 2 }),
    paragraph([formatDays(session.days, lang), session.venue.trim()].filter(Boolean).join(' · '), { spaceAfter: 6 }),
    paragraph(docText(lang, 'documents.feedback.intro'), { spaceAfter: 2 }),
    paragraph([run(docText(lang, 'documents.feedback.anonymous'), { italic: true })], { spaceAfter: 6 }),
  ];
  if (scales.length) {
    blocks.push(paragraph([run(docText(lang, 'documents.feedback.howTo'), { bold: true })], { spaceAfter: 3 }));
    blocks.push(scaleGrid(lang, scales));
  }
  // A shorter box for each free question when there are many, so the whole form stays within two pages.
  const boxHeight = texts.length > 3 ? 22 : 32;
  texts.forEach((q, i) => {
    blocks.push(spacer(3));
    blocks.push(paragraph([run(`${scales.length + i + 1}. `, { bold: true }), run(q.text, { bold: true })], { keepWithNext: true, spaceAfter: 2 }));
    blocks.push(writingBox(boxHeight));
  });
  blocks.push(spacer(4));
  blocks.push(paragraph([run(docText(lang, 'documents.feedback.name'))], { keepWithNext: true, spaceAfter: 2 }));
  blocks.push(writingBox(10));
  blocks.push(spacer(3));
  blocks.push(paragraph([run(docText(lang, 'documents.feedback.thanks'), { italic: true })], { align: 'center' }));
  return {
    title: docText(lang, 'documents.feedback.docTitle', { title }),
    lang,
    sections: [hostSection(input.settings, lang, blocks, { footerText: docText(lang, 'documents.feedback.footer', { title: shortTitle(title, 70) }) })],
  };
}
