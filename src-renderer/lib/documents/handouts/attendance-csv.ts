// The register and the report as CSV for a spreadsheet: UTF-8 with a BOM and ";" between fields, decimal commas,
// so Excel set to Italian opens them with accents and columns right. Written by papaparse. Pure.
import Papa from 'papaparse';
import { decideCertificates } from '../../domain/certificates';
import { formatShortDate } from '../../domain/dates';
import type { IsoDate } from '../../domain/types';
import { docText, type DocLang } from './common';
import { registerLines, showsVia, viaText } from './attendance-sheet';
import { hoursOf, type SessionDocumentInput } from '../../domain/session-data';

const BOM = '\uFEFF';

/** Rows to CSV text as Italian Excel reads it; a cell starting with = + - @ is escaped so it is never a formula. */
export function toCsv(fields: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields, data: rows }, { delimiter: ';', newline: '\r\n', escapeFormulae: true, quotes: false });
}

/** Hours with a decimal comma: 390 minutes → "6,50". */
export function decimalHours(minutes: number, lang: DocLang): string {
  const text = (minutes / 60).toFixed(2);
  return lang === 'it' ? text.replace('.', ',') : text;
}

/** The registro presenze: one row per person per day, with entry and exit times and the minutes counted. */
export function registerCsv(input: SessionDocumentInput, options: { days?: IsoDate[] } = {}): string {
  const { lang } = input;
  const hours = hoursOf(input);
  const withVia = showsVia(input, hours);
  const k = (key: Parameters<typeof docText>[1]) => docText(lang, key);
  const fields = [
    k('documents.csv.day'),
    k('documents.sheet.number'),
    k('documents.csv.surname'),
    k('documents.csv.name'),
    k('documents.sheet.organisation'),
    k('documents.sheet.role'),
    k('documents.register.in'),
    k('documents.register.out'),
    // Where people also followed online: how each interval was followed, in the order of the times.
    ...(withVia ? [k('documents.register.via')] : []),
    k('documents.csv.minutes'),
    k('documents.csv.hours'),
    k('documents.register.notes'),
  ];
  const days = options.days?.length ? input.session.days.filter((d) => options.days!.includes(d)) : input.session.days;
  const rows: (string | number)[][] = [];
  for (const day of days) {
    registerLines(input, hours, day).forEach((l, i) => {
      rows.push([
        formatShortDate(day),
        i + 1,
        l.participant.surname,
        l.participant.name,
        l.participant.organisation,
        l.participant.role,
        l.entries.join(' '),
        l.exits.join(' '),
        ...(withVia ? [l.via.map((v) => viaText(lang, v)).join(' · ')] : []),
        l.attendedMinutes,
        decimalHours(l.attendedMinutes, lang),
        l.notes.join('; '),
      ]);
    });
  }
  return toCsv(fields, rows);
}

/** The report: one row per participant with the minutes of each day, the total, the share and the certificate. */
export function reportCsv(input: SessionDocumentInput): string {
  const { lang, session } = input;
  const k = (key: Parameters<typeof docText>[1], params?: Record<string, string | number>) => docText(lang, key, params);
  const decisions = decideCertificates(input.participants, hoursOf(input));
  const fields = [
    k('documents.csv.surname'),
    k('documents.csv.name'),
    k('documents.sheet.organisation'),
    k('documents.sheet.role'),
    ...session.days.map((d) => k('documents.csv.minutesOn', { date: formatShortDate(d) })),
    k('documents.csv.totalMinutes'),
    k('documents.csv.totalHours'),
    k('documents.csv.share'),
    k('documents.report.certificate'),
    k('documents.csv.overrideReason'),
  ];
  const rows = decisions.map((d) => [
    d.participant.surname,
    d.participant.name,
    d.participant.organisation,
    d.participant.role,
    ...session.days.map((day) => d.hours.days.find((x) => x.day === day)?.attendedMinutes ?? 0),
    d.hours.attendedMinutes,
    decimalHours(d.hours.attendedMinutes, lang),
    `${Math.round(d.hours.share * 100)}%`,
    k(d.receives ? 'documents.report.cert.yes' : 'documents.report.cert.no'),
    d.override?.reason ?? '',
  ]);
  return toCsv(fields, rows);
}
