// The Riepilogo's exports from the screen: the Word document (charts drawn by ECharts as SVG, turned into PNG on a
// canvas, the document rendered in the worker) and the Excel workbook, handed to the host to save.
import type { JobContext } from '../../lib/document-job.svelte';
import { saveFile, type FileOutcome } from '../../lib/documents/export';
import { buildProgrammeReport } from '../../lib/documents/handouts/programme-report';
import { docText } from '../../lib/documents/handouts/common';
import { todayIso } from '../../lib/domain/dates';
import type { HostSettings } from '../../lib/domain/types';
import { catalogues } from '../../lib/i18n/catalogue';
import { i18n } from '../../lib/i18n/index.svelte';
import { reportChartImages } from '../../lib/report/chart-images';
import { programmeReportWorkbook } from '../../lib/report/excel';
import type { ProgrammeReport } from '../../lib/report/programme-report';
import { rasteriseInBrowser } from '../../lib/report/rasterise-browser';

/** "Riepilogo 2026-01-01 - 2026-12-31": the name offered when saving. */
export function reportFileStem(report: ProgrammeReport): string {
  return `${catalogues.it['report.kind']} ${report.period.from} - ${report.period.to}`;
}

/** Documents for an Italian public office are written in Italian whatever the interface language. */
const LANG = 'it' as const;

export async function exportReportDocx(ctx: JobContext, report: ProgrammeReport, settings: HostSettings): Promise<FileOutcome | void> {
  ctx.progress(0, 3);
  const charts = await reportChartImages(report, LANG, rasteriseInBrowser, (key) => docText(LANG, `report.${key}.chart` as 'report.months.chart', { count: Math.min(report.organisations.length, 12) }));
  ctx.progress(1, 3);
  if (ctx.isCancelled()) return;
  const doc = buildProgrammeReport({ report, settings, charts, lang: LANG, today: todayIso() });
  const [file] = await ctx.generate({ kind: 'document', doc, format: 'docx' });
  ctx.progress(2, 3);
  if (!file || ctx.isCancelled()) return;
  return saveFile(file.data, `${reportFileStem(report)}.docx`, i18n.locale);
}

export async function exportReportXlsx(ctx: JobContext, report: ProgrammeReport): Promise<FileOutcome> {
  ctx.progress(0, 1);
  const data = await programmeReportWorkbook(report, LANG);
  return saveFile(data, `${reportFileStem(report)}.xlsx`, i18n.locale);
}
