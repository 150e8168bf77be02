// The programme report as an Excel workbook for the office's own reporting: one sheet per table, numbers as
// numbers (so they can be summed and charted in Excel), dates as text the way Italians write them.
import writeXlsxFile from 'write-excel-file/universal';
import { formatMonth, type Locale } from '../domain/dates';
import { translate } from '../i18n/translate';
import { scaleLabel } from './charts';
import type { ProgrammeReport } from './programme-report';

type Cell = { value: string | number; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold'; format?: string } | null;


const head = (labels: string[]): Cell[] => labels.map((value) => ({ value, type: String, fontWeight: 'bold' }));
const str = (value: string): Cell => ({ value, type: String });
const num = (value: number | null, format?: string): Cell => (value === null ? null : { value, type: Number, ...(format ? { format } : {}) });

/** The sheets' rows, exported for the tests. */
export function workbookSheets(report: ProgrammeReport, lang: Locale): { name: string; rows: Cell[][]; widths: number[] }[] {
  const overall = report.satisfaction.find((s) => s.id === 'overall');
  const summary: Cell[][] = [
    head([translate(lang, 'report.figure'), translate(lang, 'report.value')]),
    [str(translate(lang, 'report.period.from')), str(report.period.from)],
    [str(translate(lang, 'report.period.to')), str(report.period.to)],
    [str(translate(lang, 'report.figure.offers')), num(report.offersOffered)],
    [str(translate(lang, 'report.figure.sessions')), num(report.sessions)],
    [str(translate(lang, 'report.figure.sessionsHeld')), num(report.sessionsHeld)],
    [str(translate(lang, 'report.figure.sessionsCancelled')), num(report.sessionsCancelled)],
    [str(translate(lang, 'report.figure.organisations')), num(report.organisations.length)],
    [str(translate(lang, 'report.figure.municipalities')), num(report.municipalities)],
    [str(translate(lang, 'report.figure.present')), num(report.participantsPresent)],
    [str(translate(lang, 'report.figure.registered')), num(report.participantsRegistered)],
    [str(translate(lang, 'report.figure.attendanceRate')), num(report.attendanceRate, '0.0%')],
    [str(translate(lang, 'report.figure.personHours')), num(report.personHours, '0.0')],
    [str(translate(lang, 'report.figure.certificates')), num(report.certificates)],
    [str(translate(lang, 'report.figure.responses')), num(report.responses)],
    [str(translate(lang, 'report.figure.satisfaction')), num(overall?.average ?? null, '0.0')],
  ];
  const months: Cell[][] = [
    head([translate(lang, 'report.month'), translate(lang, 'report.col.sessions'), translate(lang, 'report.col.sessionsHeld'), translate(lang, 'report.col.present'), translate(lang, 'report.col.personHours'), translate(lang, 'report.col.certificates'), translate(lang, 'report.col.responses'), translate(lang, 'report.col.satisfaction')]),
    ...report.months.map((m) => [str(formatMonth(m.month, lang)), num(m.sessions), num(m.sessionsHeld), num(m.participantsPresent), num(m.personHours, '0.0'), num(m.certificates), num(m.responses), num(m.satisfaction, '0.0')]),
  ];
  const offers: Cell[][] = [
    head([translate(lang, 'report.offer'), translate(lang, 'report.col.sessions'), translate(lang, 'report.col.sessionsHeld'), translate(lang, 'report.col.registered'), translate(lang, 'report.col.present'), translate(lang, 'report.col.personHours'), translate(lang, 'report.col.certificates'), translate(lang, 'report.col.responses'), translate(lang, 'report.col.satisfaction')]),
    ...report.offers.map((o) => [str(o.title), num(o.sessions), num(o.sessionsHeld), num(o.participantsRegistered), num(o.participantsPresent), num(o.personHours, '0.0'), num(o.certificates), num(o.responses), num(o.satisfaction, '0.0')]),
  ];
  const organisations: Cell[][] = [
    head([translate(lang, 'report.organisation'), translate(lang, 'report.col.present'), translate(lang, 'report.col.sessions'), translate(lang, 'report.col.personHours')]),
    ...report.organisations.map((o) => [str(o.name), num(o.participants), num(o.sessions), num(o.personHours, '0.0')]),
  ];
  const satisfaction: Cell[][] = [
    head([translate(lang, 'report.question'), translate(lang, 'report.col.average'), translate(lang, 'report.col.answered'), ...[1, 2, 3, 4, 5].map((n) => translate(lang, 'report.col.scoreN', { n }))]),
    ...report.satisfaction.map((s) => [str(scaleLabel(lang, s.id)), num(s.average, '0.00'), num(s.answered), ...s.distribution.map((c) => num(c))]),
  ];
  return [
    { name: translate(lang, 'report.sheet.summary'), rows: summary, widths: [44, 14] },
    { name: translate(lang, 'report.sheet.months'), rows: months, widths: [18, 10, 10, 10, 14, 10, 12, 14] },
    { name: translate(lang, 'report.sheet.offers'), rows: offers, widths: [60, 10, 10, 10, 10, 14, 10, 12, 14] },
    { name: translate(lang, 'report.sheet.organisations'), rows: organisations, widths: [44, 10, 10, 14] },
    { name: translate(lang, 'report.sheet.satisfaction'), rows: satisfaction, widths: [34, 10, 10, 8, 8, 8, 8, 8] },
  ];
}

/** The .xlsx bytes. */
export async function programmeReportWorkbook(report: ProgrammeReport, lang: Locale): Promise<Uint8Array> {
  const sheets = workbookSheets(report, lang).map((s) => ({ data: s.rows, sheet: s.name, columns: s.widths.map((width) => ({ width })) }));
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
