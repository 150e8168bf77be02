// The programme report of a backup, as the app's Riepilogo makes it: the figures, the Word document with its
// charts and the Excel workbook. Shared by `npm run report` and its tests.
import type { BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { renderDocx } from '../../src-renderer/lib/documents/render-docx';
import { buildProgrammeReport } from '../../src-renderer/lib/documents/handouts/programme-report';
import { docText } from '../../src-renderer/lib/documents/handouts/common';
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import { reportChartImages, type SvgRasteriser } from '../../src-renderer/lib/report/chart-images';
import { programmeReportWorkbook } from '../../src-renderer/lib/report/excel';
import { programmeReport, type ProgrammeReport, type ReportPeriod } from '../../src-renderer/lib/report/programme-report';

export interface ReportFiles {
  report: ProgrammeReport;
  docx: Uint8Array;
  xlsx: Uint8Array;
  /** File names without folder: "riepilogo-2026-01-01-2026-12-31.docx"... */
  names: { docx: string; xlsx: string };
}

export function reportOfBackup(backup: BackupDocument, period: ReportPeriod): ProgrammeReport {
  const settings = { ...DEFAULT_SETTINGS, ...backup.data.settings.find((s) => s.id === 'host') };
  return programmeReport({ ...backup.data, settings }, period, docText('it', 'report.noOrganisation'));
}

export async function programmeReportFiles(backup: BackupDocument, period: ReportPeriod, rasterise: SvgRasteriser, today: string): Promise<ReportFiles> {
  const settings = { ...DEFAULT_SETTINGS, ...backup.data.settings.find((s) => s.id === 'host') };
  const report = reportOfBackup(backup, period);
  const lang = 'it' as const;
  const charts = await reportChartImages(report, lang, rasterise, (key) => docText(lang, `report.${key}.chart` as 'report.months.chart', { count: Math.min(report.organisations.length, 12) }));
  const docx = await renderDocx(buildProgrammeReport({ report, settings, charts, lang, today }));
  const xlsx = await programmeReportWorkbook(report, lang);
  const stem = `riepilogo-${period.from}-${period.to}`;
  return { report, docx, xlsx, names: { docx: `${stem}.docx`, xlsx: `${stem}.xlsx` } };
}
