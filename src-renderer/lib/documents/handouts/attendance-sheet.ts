// Foglio firme (printed before the visit, one page set per session day) and its filled-in twin, the registro
// presenze (printed after it, with the times recorded at check-in). A4 landscape. Pure builders.
import { formatDate, formatLongDate } from '../../domain/dates';
import { sessionProgramme, type DayHours, type PresenceVia, type SessionHours } from '../../domain/hours';
import { formatOf, platformName } from '../../domain/session-format';
import { formatDuration } from '../../domain/times';
import type { HostSettings, IsoDate, Participant } from '../../domain/types';
import { cell, heading, paragraph, row, run, type Block, type Run, type DocModel, type DocSection, type SignatureBlock, type TableBlock, type TableRow } from '../model';
import { shortTitle } from '../file-names';
import { DOC_THEME } from '../theme';
import { docText, hostSection, type DocLang } from './common';
import { placeLine, placeOf } from './place';
import { confirmedBySurname, placeOfIssue, sessionTitle, surnameFirst } from './session-input';
import { compareBySurname } from '../../domain/participants';
import { hoursOf, type SessionDocumentInput } from '../../domain/session-data';

/** Signature columns: entry and exit, or morning and afternoon. */
export type SignatureColumns = 'inOut' | 'halfDay';

export interface SheetOptions {
  columns: SignatureColumns;
  /** Empty numbered rows after the registered people, for walk-ins. */
  blankRows: number;
  /** Only these days (all the session's days when absent). */
  days?: IsoDate[];
}

export const DEFAULT_SHEET_OPTIONS: SheetOptions = { columns: 'inOut', blankRows: 5 };

const SIGN_ROW_HEIGHT = 9;
/** Lines people write between: darker than the usual light grey, so they survive a photocopy. */
const SHEET_LINES = '5C6F82';

function dayHeading(input: SessionDocumentInput, kind: 'sheet' | 'register', day: IsoDate, timeRange: string): Block[] {
  const { lang, session } = input;
  const dayIndex = session.days.indexOf(day);
  const dayLabel =
    session.days.length > 1
      ? docText(lang, 'documents.sheet.dayOf', { n: dayIndex + 1, total: session.days.length, date: formatLongDate(day, lang) })
      : formatLongDate(day, lang);
  const details: string[] = [dayLabel];
  if (timeRange) details.push(docText(lang, 'documents.sheet.hours', { range: timeRange }));
  const blocks: Block[] = [
    heading(docText(lang, kind === 'sheet' ? 'documents.sheet.title' : 'documents.register.title'), 1),
    paragraph([run(sessionTitle(input), { bold: true, size: 13, color: DOC_THEME.primaryDark })], { spaceAfter: 3 }),
    paragraph([run(details.join(' · '), { bold: true })], { spaceAfter: 2 }),
  ];
  // Venue and host on one line, so a day's sheet and its signature fit one landscape page.
  const office = [input.offer.hostMunicipality, input.offer.hostOffice].map((s) => s.trim().replace(/\s*\n\s*/g, ', ')).filter(Boolean).join(' – ');
  const where: Run[] = [];
  const place = placeLine(session, lang);
  if (place) where.push(run(`${docText(lang, placeOf(session).venue ? 'documents.sheet.venue' : 'documents.sheet.format')}: `, { color: DOC_THEME.muted }), run(place));
  if (office) where.push(run(`${where.length ? '   ·   ' : ''}${docText(lang, 'documents.sheet.host')}: `, { color: DOC_THEME.muted }), run(office));
  if (where.length) blocks.push(paragraph(where, { spaceAfter: 6 }));
  return blocks;
}

function hostSignature(settings: HostSettings, lang: DocLang, day: IsoDate): SignatureBlock {
  return {
    kind: 'signature',
    placeAndDate: `${placeOfIssue(settings)}, ${formatDate(day, lang)}`,
    role: settings.signatoryRole.trim() || docText(lang, 'documents.sheet.signatoryFallback'),
    name: settings.signatoryName.trim(),
  };
}

function personCells(n: number, p: Participant | null): TableRow['cells'] {
  return [
    cell(String(n), { align: 'right', verticalAlign: 'center' }),
    cell(p ? [run(surnameFirst(p), { bold: true })] : '', { verticalAlign: 'center' }),
    cell(p?.organisation ?? '', { verticalAlign: 'center' }),
    cell(p?.role ?? '', { verticalAlign: 'center' }),
  ];
}

function signatureTable(lang: DocLang, people: Participant[], options: SheetOptions): TableBlock {
  const [a, b] = options.columns === 'inOut' ? (['documents.sheet.signIn', 'documents.sheet.signOut'] as const) : (['documents.sheet.morning', 'documents.sheet.afternoon'] as const);
  const header = row([
    cell(docText(lang, 'documents.sheet.number'), { align: 'right' }),
    docText(lang, 'documents.sheet.name'),
    docText(lang, 'documents.sheet.organisation'),
    docText(lang, 'documents.sheet.role'),
    docText(lang, a),
    docText(lang, b),
  ]);
  const rows: TableRow[] = people.map((p, i) => row([...personCells(i + 1, p), cell(''), cell('')], { minHeight: SIGN_ROW_HEIGHT }));
  for (let i = 0; i < Math.max(0, Math.floor(options.blankRows)); i++) {
    rows.push(row([...personCells(people.length + i + 1, null), cell(''), cell('')], { minHeight: SIGN_ROW_HEIGHT }));
  }
  return { kind: 'table', columns: [{ width: 0.55 }, { width: 3.1 }, { width: 3.1 }, { width: 3.1 }, { width: 2.8 }, { width: 2.8 }], header: [header], rows, borders: 'grid', borderColor: SHEET_LINES, size: 10 };
}

function timeRangeOf(hours: Pick<SessionHours, 'programme'>, day: IsoDate): string {
  const p = hours.programme.find((d) => d.day === day);
  return p?.start && p.end ? `${p.start}–${p.end}` : '';
}

function daysOf(input: SessionDocumentInput, options: { days?: IsoDate[] }): IsoDate[] {
  return options.days?.length ? input.session.days.filter((d) => options.days!.includes(d)) : input.session.days;
}

/** The sign-in sheets: one section per day, the confirmed participants by surname, then blank rows. */
export function buildAttendanceSheets(input: SessionDocumentInput, options: SheetOptions = DEFAULT_SHEET_OPTIONS): DocModel {
  const { lang, settings } = input;
  // Only the day's programme is needed here (its first and last times), not anyone's hours.
  const programme = { programme: sessionProgramme(input.session.days, input.items) };
  const people = confirmedBySurname(input.participants);
  const footerText = docText(lang, 'documents.sheet.footer', { title: shortTitle(sessionTitle(input), 70) });
  const sections: DocSection[] = daysOf(input, options).map((day) =>
    hostSection(settings, lang, [...dayHeading(input, 'sheet', day, timeRangeOf(programme, day)), signatureTable(lang, people, options), hostSignature(settings, lang, day)], { orientation: 'landscape', footerText }),
  );
  return { title: docText(lang, 'documents.sheet.docTitle', { title: sessionTitle(input) }), lang, sections };
}

// ---------------------------------------------------------------------------------------------------------------
// Registro presenze

export interface RegisterLine {
  participant: Participant;
  day: DayHours | null;
  /** Entry times, one per presence interval. */
  entries: string[];
  exits: string[];
  /** How each interval was followed: at the door, online, or both (the register says which was which). */
  via: PresenceVia[];
  attendedMinutes: number;
  notes: string[];
}

/** Notes a coordinator should see beside a line of the register (in the document's language). */
function notesOf(lang: DocLang, d: DayHours | null): string[] {
  if (!d || d.intervals.length === 0) return d?.exitWithoutEntry ? [docText(lang, 'documents.register.note.exitWithoutEntry')] : [docText(lang, 'documents.register.note.absent')];
  const notes: string[] = [];
  if (d.missingCheckout && d.closedAt) notes.push(docText(lang, 'documents.register.note.missingCheckout', { time: d.closedAt }));
  if (d.outsideProgramme) notes.push(docText(lang, 'documents.register.note.outside'));
  if (d.exitWithoutEntry) notes.push(docText(lang, 'documents.register.note.exitWithoutEntry'));
  if (d.platforms.length) notes.push(docText(lang, 'documents.register.viaPlatform', { platforms: d.platforms.map(platformName).join(', ') }));
  return notes;
}

/** The lines of one day's register: confirmed participants and anyone else present that day, by surname. */
export function registerLines(input: SessionDocumentInput, hours: SessionHours, day: IsoDate): RegisterLine[] {
  const lines: RegisterLine[] = [];
  const people = input.participants.filter((p) => p.status !== 'annullato').sort(compareBySurname);
  for (const participant of people) {
    const d = hours.participants.get(participant.id)?.days.find((x) => x.day === day) ?? null;
    const present = Boolean(d && d.intervals.length > 0);
    if (participant.status !== 'confermato' && !present) continue;
    lines.push({
      participant,
      day: d,
      entries: d?.intervals.map((i) => i.start) ?? [],
      via: d?.intervals.map((i) => i.via) ?? [],
      exits: d?.intervals.map((i) => (d.closedAt === i.end && d.missingCheckout && i === d.intervals[d.intervals.length - 1] ? `(${i.end})` : i.end)) ?? [],
      attendedMinutes: d?.attendedMinutes ?? 0,
      notes: notesOf(input.lang, d),
    });
  }
  return lines;
}

/** "in sala", "online", "sala e online": how an interval was followed. */
export function viaText(lang: DocLang, via: PresenceVia): string {
  return docText(lang, `documents.register.via.${via}`);
}

/**
 * The register's table. `withVia` adds the column saying, interval by interval, whether the person was at the
 * venue or online (for sessions followed online); a register of a session in presence stays as it was.
 */
function registerTable(lang: DocLang, lines: RegisterLine[], withVia: boolean): TableBlock {
  const centred = (text: string) => cell(text, { align: 'center' });
  const header = row([
    cell(docText(lang, 'documents.sheet.number'), { align: 'right' }),
    docText(lang, 'documents.sheet.name'),
    docText(lang, 'documents.sheet.organisation'),
    docText(lang, 'documents.sheet.role'),
    centred(docText(lang, 'documents.register.in')),
    centred(docText(lang, 'documents.register.out')),
    ...(withVia ? [centred(docText(lang, 'documents.register.via'))] : []),
    cell(docText(lang, 'documents.register.attended'), { align: 'right' }),
    docText(lang, 'documents.register.notes'),
  ]);
  const rows = lines.map((l, i) =>
    row(
      [
        ...personCells(i + 1, l.participant),
        cell(l.entries.join('\n') || '—', { align: 'center', verticalAlign: 'center' }),
        cell(l.exits.join('\n') || '—', { align: 'center', verticalAlign: 'center' }),
        ...(withVia ? [cell(l.via.map((v) => viaText(lang, v)).join('\n') || '—', { align: 'center', verticalAlign: 'center' })] : []),
        cell(l.attendedMinutes ? formatDuration(l.attendedMinutes, lang) : '—', { align: 'right', verticalAlign: 'center' }),
        cell(l.notes.length ? [run(l.notes.join('; '), { italic: true, size: 9, color: DOC_THEME.muted })] : '', { verticalAlign: 'center' }),
      ],
      { minHeight: 8 },
    ),
  );
  const widths = withVia ? [0.55, 2.8, 2.8, 2, 1.2, 1.2, 1.5, 1.9, 2.7] : [0.55, 3, 3, 2.2, 1.3, 1.3, 2, 3.2];
  return { kind: 'table', columns: widths.map((width) => ({ width })), header: [header], rows, borders: 'grid', borderColor: SHEET_LINES, size: 9.5, zebra: 'F5F8FB' };
}

/** Whether the register should say which presence was at the venue and which online. */
export function showsVia(input: SessionDocumentInput, hours: SessionHours): boolean {
  if (formatOf(input.session) !== 'presenza') return true;
  return [...hours.participants.values()].some((p) => p.days.some((d) => d.intervals.some((i) => i.via !== 'door')));
}

/** The register: per day the people present, their entry and exit times and the training hours attended. */
export function buildAttendanceRegister(input: SessionDocumentInput, options: { days?: IsoDate[] } = {}): DocModel {
  const { lang, settings } = input;
  const hours = hoursOf(input);
  const withVia = showsVia(input, hours);
  const footerText = docText(lang, 'documents.register.footer', { title: shortTitle(sessionTitle(input), 70) });
  const sections = daysOf(input, options).map((day) => {
    const lines = registerLines(input, hours, day);
    const present = lines.filter((l) => l.entries.length > 0).length;
    const programme = hours.programme.find((d) => d.day === day);
    const summary = docText(lang, 'documents.register.summary', {
      present,
      total: lines.length,
      programme: formatDuration(programme?.countedMinutes ?? 0, lang),
    });
    return hostSection(
      settings,
      lang,
      [...dayHeading(input, 'register', day, timeRangeOf(hours, day)), registerTable(lang, lines, withVia), paragraph(summary, { size: 9.5 }), hostSignature(settings, lang, day)],
      { orientation: 'landscape', footerText },
    );
  });
  return { title: docText(lang, 'documents.register.docTitle', { title: sessionTitle(input) }), lang, sections };
}
