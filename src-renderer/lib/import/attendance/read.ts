// Reads an attendance report (Teams, Zoom, Google Meet, Webex) into one entry per person with the intervals they
// were in the call, merged where they overlap. The file is recognised by its content: the tables are found by
// their header rows (whatever their order, language or extra columns), the summary by its labels, the platform
// by its own words (layout.ts); the rows become people (people.ts) in a report (report.ts). Pure: bytes in, data
// out; nothing is written.
import { dayMonthPair, hasTwelveHourClock, orderEvidence, parseDateOnly, parseDuration, parseStamp, type DateOrder } from './datetime';
import { decodeReport, sniffKind, type ReportEncoding } from './decode';
import { AttendanceImportError } from './errors';
import { fold, isYes, type ColumnRole } from './labels';
import { cellOf, filled, findLayout, personOf, type Table } from './layout';
import { earliestDay, enrichment, groupPeople, isoOf, pairActions, toEntry, type Pending } from './people';
import { detectPlatform } from './platform';
import type { AttendanceReport, DateOrderReading, ReadOptions, ReportProblem } from './report';
import { sheetRows, textRows, type Row } from './table';
import type { IsoDate } from '../../domain/types';

/** Larger than any report of a meeting with a few hundred people: refuse before parsing rather than freeze. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export async function readAttendanceReport(bytes: Uint8Array, options: ReadOptions = {}): Promise<AttendanceReport> {
  if (bytes.byteLength === 0) throw new AttendanceImportError('empty');
  if (bytes.byteLength > MAX_REPORT_BYTES) throw new AttendanceImportError('tooLarge', { size: Math.round(bytes.byteLength / (1024 * 1024)) });
  const kind = sniffKind(bytes);
  if (kind === 'xls') throw new AttendanceImportError('xls');
  if (kind === 'zip') throw new AttendanceImportError('binary', { kind: 'ZIP' });
  if (kind === 'xlsx') return readRows(await sheetRows(bytes), { format: 'xlsx', encoding: null, endsWithNewline: true }, options);
  const { text, encoding } = decodeReport(bytes);
  return readRows(textRows(text).rows, { format: 'csv', encoding, endsWithNewline: /[\r\n]\s*$/.test(text) }, options);
}

export function readRows(rows: Row[], source: { format: 'csv' | 'xlsx'; encoding: ReportEncoding | null; endsWithNewline: boolean }, options: ReadOptions): AttendanceReport {
  const layout = findLayout(rows);
  if (!layout.tables.length) {
    // The beginning of a Teams report with nothing after its summary was cut short; anything else is not a report.
    if (layout.summary.title && layout.labels.some((l) => /^\d\.\s/.test(l))) throw new AttendanceImportError('truncated');
    throw new AttendanceImportError('notReport');
  }
  const platform = detectPlatform(layout.labels);
  if (!platform) throw new AttendanceImportError('unknownPlatform');

  const problems: ReportProblem[] = [];
  const detail = layout.tables.filter((t) => t.kind === 'detail');
  const spans = layout.tables.filter((t) => t.kind === 'span');
  const actions = layout.tables.filter((t) => t.kind === 'actions');
  // The table with the most rows of joins and leaves (Teams: "In-Meeting Activities" over "Participants").
  const pickLargest = (list: Table[]) => list.reduce((a, b) => (b.rows.length >= a.rows.length ? b : a));
  const main = detail.length ? pickLargest(detail) : spans.length ? pickLargest(spans) : actions.length ? pickLargest(actions) : null;
  if (!main) throw new AttendanceImportError('noTimes');
  if (main.kind === 'span') problems.push({ row: 0, code: 'firstLastOnly' });

  // The file stops in the middle of its last row (no final line break, fewer cells than the header, or a last
  // value that does not read): it was cut short, and what is missing cannot be told.
  const lastOfFile = rows.filter((r) => filled(r) > 0).at(-1);
  const cutShort = (line: number) => !source.endsWithNewline && lastOfFile?.line === line;
  if (lastOfFile && cutShort(lastOfFile.line) && main.rows.includes(lastOfFile) && lastOfFile.width < main.header.width) throw new AttendanceImportError('truncated');

  // Every value that may be a date, to decide the order of day and month once for the file.
  const stampRoles: ColumnRole[] = ['join', 'leave', 'firstJoin', 'lastLeave', 'timestamp', 'meetingStart'];
  const stamps = [
    ...layout.tables.flatMap((t) => t.rows.flatMap((r) => t.roles.flatMap((role, i) => (role && stampRoles.includes(role) ? [r.cells[i] ?? ''] : [])))),
    layout.summary.start?.value ?? '',
    layout.summary.end?.value ?? '',
  ].filter(Boolean);
  const dateOrder = decideOrder(stamps, layout.labels, options.dateOrder, problems);
  const order = dateOrder.order;

  // The meeting: its title and day from the summary, or from the rows themselves (Webex repeats them per row).
  const firstOf = (role: ColumnRole) => main.rows.map((r) => cellOf(r, main.roles, role)).find(Boolean) ?? '';
  const title = (layout.summary.title?.value || firstOf('meetingTitle')).trim();
  const startText = layout.summary.start?.value || firstOf('meetingStart');
  const meetingStart = startText ? parseStamp(startText, order) : null;
  const endText = layout.summary.end?.value ?? '';
  const meetingEnd = endText ? parseStamp(endText, order) : null;
  let day: IsoDate | null = meetingStart?.kind === 'full' ? isoOf(meetingStart.at) : dayOfText(startText, order);

  // Rows into pending entries: the person and the raw times.
  const pending: Pending[] = [];
  let waiting = 0;
  if (main.kind === 'actions') {
    pending.push(...pairActions(main, order, problems, meetingEnd));
  } else {
    const joinRole: ColumnRole = main.kind === 'span' ? 'firstJoin' : 'join';
    const leaveRole: ColumnRole = main.kind === 'span' ? 'lastLeave' : 'leave';
    const durationIndex = main.roles.indexOf('duration');
    const unit = durationIndex >= 0 ? durationUnit(main.header.cells[durationIndex] ?? '') : 'minutes';
    for (const row of main.rows) {
      if (filled(row) < 2) continue; // a note under the table, a stray cell
      const person = personOf(row, main);
      if (!person.name && !person.email) {
        problems.push({ row: row.line, code: 'noName' });
        continue;
      }
      if (isYes(cellOf(row, main.roles, 'waitingRoom'))) {
        waiting++;
        continue;
      }
      const joinText = cellOf(row, main.roles, joinRole) || (main.kind === 'span' ? cellOf(row, main.roles, 'join') : '');
      const leaveText = cellOf(row, main.roles, leaveRole) || (main.kind === 'span' ? cellOf(row, main.roles, 'leave') : '');
      const start = joinText ? parseStamp(joinText, order) : null;
      const end = leaveText ? parseStamp(leaveText, order) : null;
      const seconds = durationIndex >= 0 ? parseDuration(row.cells[durationIndex] ?? '', unit) : null;
      if ((joinText && !start) || (leaveText && !end)) {
        problems.push({ row: row.line, code: 'badTime', params: { value: joinText && !start ? joinText : leaveText } });
        continue;
      }
      // A join and a leave, or one of them and the duration.
      if ((!start && !(end && seconds !== null)) || (!end && seconds === null)) {
        problems.push({ row: row.line, code: row.width < main.header.width ? 'incomplete' : 'noTime' });
        continue;
      }
      pending.push({ line: row.line, ...person, start, end, seconds });
    }
  }
  if (waiting) problems.push({ row: 0, code: 'waitingRoom', params: { count: waiting } });

  // The day: the summary's, else the earliest full date-time, else the one the caller gave.
  day ??= earliestDay(pending) ?? options.day ?? null;
  if (!day) {
    if (pending.length) throw new AttendanceImportError('noDate');
    throw new AttendanceImportError('noRows');
  }

  if (problems.some((p) => p.row > 0 && cutShort(p.row))) throw new AttendanceImportError('truncated');
  const entries = pending.flatMap((p) => toEntry(p, day!, problems));
  const people = groupPeople(entries, enrichment(layout.tables.filter((t) => t !== main)), day, problems);
  if (!people.length) throw new AttendanceImportError('noRows', { problems: problems.length });
  problems.sort((a, b) => a.row - b.row);
  return { platform, meeting: { title, date: day }, people, problems, dateOrder, format: source.format, encoding: source.encoding };
}

function durationUnit(header: string): 'minutes' | 'seconds' {
  return /\b(sec|second|secondi)/.test(fold(header)) ? 'seconds' : 'minutes';
}

// How numeric dates are read: day/month or month/day, decided once for the file.
const ITALIAN_LABELS = /\b(riepilogo|partecipanti|nome|cognome|durata|ruolo|ora di|uscita|ingresso|accesso|titolo|argomento|riunione)\b/;

function decideOrder(stamps: string[], labels: string[], given: DateOrder | undefined, problems: ReportProblem[]): DateOrderReading {
  if (given) return { order: given, decided: 'given' };
  const ambiguous = stamps.filter((s) => dayMonthPair(s));
  if (!ambiguous.length) return { order: 'dmy', decided: 'none' };
  const { dmy, mdy } = orderEvidence(ambiguous);
  if (dmy && mdy) {
    const order: DateOrder = dmy >= mdy ? 'dmy' : 'mdy';
    problems.push({ row: 0, code: 'dateOrderConflict', params: { order } });
    return { order, decided: 'data' };
  }
  if (dmy) return { order: 'dmy', decided: 'data' };
  if (mdy) return { order: 'mdy', decided: 'data' };
  // Nothing above 12: the language of the labels, or a 12-hour clock (American), settles it.
  if (labels.some((l) => ITALIAN_LABELS.test(fold(l)))) return { order: 'dmy', decided: 'locale' };
  if (ambiguous.some(hasTwelveHourClock)) return { order: 'mdy', decided: 'locale' };
  problems.push({ row: 0, code: 'dateOrderAssumed', params: { value: ambiguous[0]! } });
  return { order: 'dmy', decided: 'assumed' };
}

/** The day of a summary's date (with or without a time), or null. */
function dayOfText(text: string, order: DateOrder): IsoDate | null {
  const d = text ? parseDateOnly(text, order) : null;
  return d ? isoOf(d) : null;
}
