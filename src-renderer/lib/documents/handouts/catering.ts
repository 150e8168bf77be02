// Pasti e intolleranze: for each day of the session, how many meals and which needs, with the names beside
// them, for the caterer. Word/PDF from one model, and a CSV with the same lines for a spreadsheet. Pure.
import Papa from 'papaparse';
import { cateringDays, type CateringDay, type Need } from '../../domain/catering';
import { formatLongDate } from '../../domain/dates';
import type { AgendaItem, HostSettings, Participant, Session } from '../../domain/types';
import { cell, heading, paragraph, row, run, type Block, type DocModel, type TableBlock } from '../model';
import { docText, hostSection, type DocLang } from './common';
import { placeLine } from './place';
import { surnameFirst } from './session-input';

export interface CateringInput {
  settings: HostSettings;
  session: Pick<Session, 'days' | 'candidates' | 'venue'> & Partial<Pick<Session, 'format' | 'online'>>;
  offerTitle: string;
  participants: readonly Participant[];
  items: readonly Pick<AgendaItem, 'dayIndex' | 'kind' | 'start' | 'end' | 'title' | 'place'>[];
  lang?: DocLang;
}

export function needLabel(need: Need, lang: DocLang): string {
  return 'known' in need ? docText(lang, `participants.doc.catering.need.${need.known}`) : need.other;
}

function daysOf(input: CateringInput): CateringDay[] {
  const days = input.session.days.length ? input.session.days : (input.session.candidates[0]?.days ?? []);
  return cateringDays(days, input.participants, input.items);
}

function names(people: readonly Participant[]): string {
  return people.map((p) => `${surnameFirst(p)}${p.organisation ? ` (${p.organisation})` : ''}`).join('; ');
}

function dayTable(day: CateringDay, lang: DocLang): TableBlock {
  const h = (key: Parameters<typeof docText>[1]) => cell([run(docText(lang, key), { bold: true })]);
  return {
    kind: 'table',
    columns: [{ width: 30 }, { width: 10 }, { width: 60 }],
    header: [row([h('participants.doc.catering.col.need'), h('participants.doc.catering.col.count'), h('participants.doc.catering.col.names')])],
    rows: [
      ...day.lines.map((line) => row([cell([run(needLabel(line.need, lang), { bold: true })]), String(line.people.length), names(line.people)])),
      row([docText(lang, 'participants.doc.catering.none'), String(day.none), '']),
      row([cell([run(docText(lang, 'participants.doc.catering.total'), { bold: true })]), cell([run(String(day.total), { bold: true })]), '']),
    ],
    borders: 'grid',
    size: 9,
    zebra: 'F4F7FA',
  };
}

export function buildCatering(input: CateringInput): DocModel {
  const lang = input.lang ?? 'it';
  const blocks: Block[] = [heading(docText(lang, 'participants.doc.catering.title'), 1), paragraph([run(input.offerTitle, { bold: true })], { spaceAfter: 2 })];
  const where = placeLine(input.session, lang);
  if (where) blocks.push(paragraph(where, { spaceAfter: 6 }));
  const days = daysOf(input);
  if (!days.length) blocks.push(paragraph(docText(lang, 'participants.doc.catering.noDays')));
  for (const day of days) {
    blocks.push(heading(formatLongDate(day.day, lang), 2));
    const meals = day.meals.map((m) => [`${m.start}–${m.end}`, m.title, m.place].filter(Boolean).join(', '));
    blocks.push(paragraph(meals.length ? docText(lang, 'participants.doc.catering.meals', { meals: meals.join(' · ') }) : docText(lang, 'participants.doc.catering.noMeal'), { size: 9, spaceAfter: 4 }));
    blocks.push(dayTable(day, lang));
  }
  return {
    title: `${docText(lang, 'participants.doc.catering.title')} - ${input.offerTitle}`,
    lang,
    sections: [hostSection(input.settings, lang, blocks, { footerText: docText(lang, 'participants.doc.privacy') })],
  };
}

/** Spreadsheets run a cell starting with = + - @ as a formula: such text gets a leading apostrophe. */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The same lines as CSV (";" and a BOM, for Italian Excel): day, need, count, names. */
export function cateringCsv(input: CateringInput): string {
  const lang = input.lang ?? 'it';
  const k = (key: Parameters<typeof docText>[1]) => docText(lang, key);
  const rows: string[][] = [[k('participants.doc.catering.col.day'), k('participants.doc.catering.col.need'), k('participants.doc.catering.col.count'), k('participants.doc.catering.col.names')]];
  for (const day of daysOf(input)) {
    for (const line of day.lines) rows.push([day.day, needLabel(line.need, lang), String(line.people.length), names(line.people)]);
    rows.push([day.day, k('participants.doc.catering.none'), String(day.none), '']);
    rows.push([day.day, k('participants.doc.catering.total'), String(day.total), '']);
  }
  return `\uFEFF${Papa.unparse(rows.map((r) => r.map(safeCell)), { delimiter: ';', newline: '\r\n' })}\r\n`;
}
