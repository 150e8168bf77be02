// Riepilogo: the programme's report over a period, for the office's management or the programme that funds the
// exchanges: the figures, the trend by month, the organisations, the satisfaction and a table per offer. Each
// chart (a PNG drawn beforehand, see lib/report/chart-images.ts) is followed by a table with its numbers, for
// readers who cannot see it and for anyone who copies a figure. Pure builder.
import { formatDate, formatMonth } from '../../domain/dates';
import { formatAverage } from '../../domain/feedback';
import type { HostSettings } from '../../domain/types';
import type { ReportChartImages } from '../../report/chart-images';
import { scaleLabel } from '../../report/charts';
import type { ProgrammeReport } from '../../report/programme-report';
import { cell, heading, paragraph, row, run, spacer, type Block, type DocModel, type ImageRef, type TableBlock } from '../model';
import { DOC_THEME } from '../theme';
import { docText, hostSection, type DocLang } from './common';

export interface ProgrammeReportInput {
  report: ProgrammeReport;
  settings: HostSettings;
  charts: ReportChartImages;
  lang: DocLang;
  /** The day the report is prepared, `yyyy-MM-dd`. */
  today: string;
}

export function formatNumber(lang: DocLang, n: number, digits = 0): string {
  return n.toLocaleString(lang === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

export function formatRate(lang: DocLang, rate: number | null): string {
  return rate === null ? '—' : `${formatNumber(lang, rate * 100, 1)}%`;
}

const right = (text: string) => cell(text, { align: 'right' });

function table(headers: string[], rows: string[][], widths: number[], numericFrom = 1): TableBlock {
  return {
    kind: 'table',
    columns: widths.map((width) => ({ width })),
    header: [row(headers.map((h, i) => (i >= numericFrom ? right(h) : cell(h))))],
    rows: rows.map((r) => row(r.map((v, i) => (i >= numericFrom ? right(v) : cell(v))))),
    borders: 'grid',
    size: 9,
    zebra: 'F5F8FB',
  };
}

function chart(image: ImageRef | null, lang: DocLang): Block[] {
  if (!image) return [];
  return [{ kind: 'image', image, align: 'center' }, paragraph([run(docText(lang, 'report.doc.chartNote'), { italic: true, size: 8.5, color: DOC_THEME.muted })], { align: 'center', spaceAfter: 4 })];
}

/** The key figures, as label and value. Shared with the screen and the Excel sheet. */
export function summaryRows(report: ProgrammeReport, lang: DocLang): [string, string][] {
  const overall = report.satisfaction.find((s) => s.id === 'overall');
  return [
    [docText(lang, 'report.figure.offers'), formatNumber(lang, report.offersOffered)],
    [docText(lang, 'report.figure.sessions'), formatNumber(lang, report.sessions)],
    [docText(lang, 'report.figure.sessionsHeld'), formatNumber(lang, report.sessionsHeld)],
    [docText(lang, 'report.figure.sessionsCancelled'), formatNumber(lang, report.sessionsCancelled)],
    [docText(lang, 'report.figure.organisations'), formatNumber(lang, report.organisations.length)],
    [docText(lang, 'report.figure.municipalities'), formatNumber(lang, report.municipalities)],
    [docText(lang, 'report.figure.present'), formatNumber(lang, report.participantsPresent)],
    [docText(lang, 'report.figure.registered'), formatNumber(lang, report.participantsRegistered)],
    [docText(lang, 'report.figure.attendanceRate'), formatRate(lang, report.attendanceRate)],
    [docText(lang, 'report.figure.personHours'), formatNumber(lang, report.personHours, 1)],
    [docText(lang, 'report.figure.certificates'), formatNumber(lang, report.certificates)],
    [docText(lang, 'report.figure.responses'), formatNumber(lang, report.responses)],
    [docText(lang, 'report.figure.satisfaction'), formatAverage(overall?.average ?? null, lang)],
  ];
}

export function buildProgrammeReport(input: ProgrammeReportInput): DocModel {
  const { report, lang } = input;
  const from = formatDate(report.period.from, lang);
  const to = formatDate(report.period.to, lang);
  const blocks: Block[] = [
    heading(docText(lang, 'report.doc.title'), 1),
    paragraph([run(docText(lang, 'report.period.shown', { from, to }), { bold: true, size: 13, color: DOC_THEME.primaryDark })], { spaceAfter: 8 }),
    {
      kind: 'table',
      columns: [{ width: 5 }, { width: 2 }],
      header: [],
      rows: summaryRows(report, lang).map(([k, v]) => row([cell([run(k, { bold: true })]), right(v)])),
      borders: 'rows',
      size: 10,
    },
    paragraph([run(docText(lang, 'report.rules'), { italic: true, size: 8.5, color: DOC_THEME.muted })], { spaceAfter: 4 }),
  ];
  if (report.sessionsNotMarkedHeld.length) blocks.push(paragraph(docText(lang, 'report.notMarked', { count: report.sessionsNotMarkedHeld.length }), { size: 9 }));
  if (report.purgedSessions) blocks.push(paragraph(docText(lang, 'report.purged', { count: report.purgedSessions }), { size: 9 }));

  blocks.push(heading(docText(lang, 'report.months.title'), 2), ...chart(input.charts.monthly, lang));
  blocks.push(
    table(
      [docText(lang, 'report.month'), docText(lang, 'report.col.sessions'), docText(lang, 'report.col.sessionsHeld'), docText(lang, 'report.col.present'), docText(lang, 'report.col.personHours'), docText(lang, 'report.col.certificates'), docText(lang, 'report.col.responses'), docText(lang, 'report.col.satisfaction')],
      report.months.map((m) => [formatMonth(m.month, lang), formatNumber(lang, m.sessions), formatNumber(lang, m.sessionsHeld), formatNumber(lang, m.participantsPresent), formatNumber(lang, m.personHours, 1), formatNumber(lang, m.certificates), formatNumber(lang, m.responses), formatAverage(m.satisfaction, lang)]),
      [2.2, 1.3, 1.1, 1.2, 1.5, 1.3, 1.8, 2],
    ),
  );

  blocks.push(heading(docText(lang, 'report.organisations.title'), 2), ...chart(input.charts.organisations, lang));
  blocks.push(
    report.organisations.length
      ? table(
          [docText(lang, 'report.organisation'), docText(lang, 'report.col.present'), docText(lang, 'report.col.sessions'), docText(lang, 'report.col.personHours')],
          report.organisations.map((o) => [o.name, formatNumber(lang, o.participants), formatNumber(lang, o.sessions), formatNumber(lang, o.personHours, 1)]),
          [5, 1.3, 1.3, 1.6],
        )
      : paragraph([run(docText(lang, 'report.empty'), { italic: true })]),
  );

  blocks.push(heading(docText(lang, 'report.satisfaction.title'), 2));
  if (report.responses === 0) blocks.push(paragraph([run(docText(lang, 'report.satisfaction.none'), { italic: true })]));
  else {
    blocks.push(...chart(input.charts.satisfaction, lang));
    blocks.push(
      table(
        [docText(lang, 'report.question'), docText(lang, 'report.col.average'), docText(lang, 'report.col.answered'), ...[1, 2, 3, 4, 5].map((n) => docText(lang, 'report.col.scoreN', { n }))],
        report.satisfaction.map((s) => [scaleLabel(lang, s.id), formatAverage(s.average, lang), formatNumber(lang, s.answered), ...s.distribution.map((c) => formatNumber(lang, c))]),
        [3.6, 1.2, 1.3, 0.9, 0.9, 0.9, 0.9, 0.9],
      ),
    );
  }

  blocks.push(heading(docText(lang, 'report.offers.title'), 2));
  blocks.push(
    table(
      [docText(lang, 'report.offer'), docText(lang, 'report.col.sessions'), docText(lang, 'report.col.sessionsHeld'), docText(lang, 'report.col.present'), docText(lang, 'report.col.personHours'), docText(lang, 'report.col.certificates'), docText(lang, 'report.col.satisfaction')],
      report.offers.map((o) => [o.title, formatNumber(lang, o.sessions), formatNumber(lang, o.sessionsHeld), formatNumber(lang, o.participantsPresent), formatNumber(lang, o.personHours, 1), formatNumber(lang, o.certificates), formatAverage(o.satisfaction, lang)]),
      [3.9, 1.4, 1.1, 1.2, 1.4, 1.3, 2],
    ),
  );
  blocks.push(spacer(8), paragraph([run(docText(lang, 'report.doc.generated', { date: formatDate(input.today, lang) }), { size: 8.5, color: DOC_THEME.muted })], { spaceAfter: 0 }));

  return {
    title: docText(lang, 'report.doc.docTitle', { from, to }),
    lang,
    sections: [hostSection(input.settings, lang, blocks, { footerText: docText(lang, 'report.doc.footer', { from, to }) })],
  };
}
