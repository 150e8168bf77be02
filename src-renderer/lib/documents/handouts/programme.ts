// The "Programma" handout: the good practice, the host, the dates written the Italian way, the venue, the agenda
// day by day, practical information and contacts. Pure: data in, document model out.
import { countedMinutes, countedMinutesByDay, sortItems } from '../../domain/agenda';
import { formatDays, formatLongDate } from '../../domain/dates';
import { formatDuration } from '../../domain/times';
import type { ProgrammeSource } from '../../domain/session-data';
import { sessionDates } from '../../domain/sessions';
import type { AgendaItem } from '../../domain/types';
import { cell, heading, paragraph, row, run, spacer, type Block, type DocModel, type TableBlock } from '../model';
import { DOC_THEME } from '../theme';
import { docText, hostSection, type DocLang } from './common';
import { shortTitle } from '../file-names';
import { placeOf, placeRows } from './place';

const BREAK_SHADING = 'F3F5F7';

/** "giovedì 7 maggio 2026" → "Giovedì 7 maggio 2026", for a heading. */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('it') + text.slice(1);
}

function dayTable(items: AgendaItem[], lang: DocLang): TableBlock {
  const k = (key: Parameters<typeof docText>[1], params?: Record<string, string | number>) => docText(lang, key, params);
  return {
    kind: 'table',
    columns: [{ width: 17 }, { width: 58 }, { width: 25 }],
    header: [row([k('documents.programme.time'), k('documents.programme.activity'), k('documents.programme.place')])],
    rows: items.map((item) => {
      const isBreak = !item.countsTowardHours;
      const activity = [paragraph([run(item.title, { bold: !isBreak, italic: isBreak })], { spaceAfter: item.description || item.speakers ? 2 : 0 })];
      if (item.description) activity.push(paragraph(item.description, { size: 9, spaceAfter: item.speakers ? 2 : 0 }));
      if (item.speakers) activity.push(paragraph([run(`${k('documents.programme.speakers')}: `, { size: 9, color: DOC_THEME.muted }), run(item.speakers, { size: 9, italic: true })], { spaceAfter: 0 }));
      return row([cell([run(`${item.start} – ${item.end}`, { bold: true })]), cell(activity), cell(item.place)], isBreak ? { shading: BREAK_SHADING } : {});
    }),
    borders: 'rows',
  };
}

function factsTable(rows: [string, string][]): TableBlock {
  return {
    kind: 'table',
    columns: [{ width: 24 }, { width: 76 }],
    header: [],
    rows: rows.map(([label, value]) => row([cell([run(label, { bold: true, color: DOC_THEME.muted })]), cell(value)])),
    borders: 'none',
    size: DOC_THEME.bodySize,
  };
}

export function buildProgramme(source: ProgrammeSource, lang: DocLang = 'it'): DocModel {
  const { session, offer, settings } = source;
  const k = (key: Parameters<typeof docText>[1], params?: Record<string, string | number>) => docText(lang, key, params);
  const items = sortItems(source.items);
  const dates = sessionDates(session);
  const dayCount = Math.max(1, dates.length, ...items.map((i) => i.dayIndex + 1));
  const hours = countedMinutesByDay(items, dayCount);
  const title = offer?.title.trim() || k('documents.programme.untitled');
  const host = [offer?.hostMunicipality || settings.municipality, offer?.hostOffice || settings.office].map((s) => s.replace(/\s*\n\s*/g, ' / ').trim()).filter(Boolean).join(' – ');

  const blocks: Block[] = [
    paragraph([run(k('documents.programme.kicker').toLocaleUpperCase(lang), { bold: true, size: 9, color: DOC_THEME.primary })], { spaceAfter: 2 }),
    heading(title, 1),
  ];
  const facts: [string, string][] = [];
  if (host) facts.push([k('documents.programme.host'), host]);
  facts.push([k('documents.programme.dates'), dates.length ? formatDays(dates, lang) : k('documents.programme.datesUnknown')]);
  facts.push(...placeRows(session, lang));
  facts.push([k('documents.programme.hours'), formatDuration(hours.total, lang)]);
  blocks.push(factsTable(facts), spacer(2));

  for (let day = 0; day < dayCount; day++) {
    const dayItems = items.filter((i) => i.dayIndex === day);
    const date = dates[day];
    const label = date ? capitalise(formatLongDate(date, lang)) : k('documents.programme.dayN', { n: day + 1 });
    blocks.push(heading(dayCount > 1 ? k('documents.programme.dayHeading', { n: day + 1, date: label }) : label, 2));
    if (dayItems.length) {
      blocks.push(dayTable(dayItems, lang));
      blocks.push(paragraph([run(k('documents.programme.dayHours', { hours: formatDuration(countedMinutes(dayItems), lang) }), { size: 9, color: DOC_THEME.muted })], { align: 'right' }));
    } else {
      blocks.push(paragraph([run(k('documents.programme.dayEmpty'), { italic: true, color: DOC_THEME.muted })]));
    }
  }

  const practical: [string, string][] = [...placeRows(session, lang)];
  const place = placeOf(session);
  if (place.online && !place.online.link) practical.push([k('documents.place.link'), k('documents.place.linkTbd')]);
  // Guests go to the venue: its own address when given (right under the venue); otherwise the office's, named
  // as such, since the venue may be elsewhere (a civic centre across town).
  const venueAddress = session.venueAddress?.trim() ?? '';
  const officeAddress = [settings.address, settings.city].filter((s) => s.trim()).join(', ');
  if (venueAddress) practical.splice(place.venue ? 1 : 0, 0, [k('documents.programme.address'), venueAddress]);
  else if (officeAddress) practical.push([k('documents.programme.officeAddress'), officeAddress]);
  if (session.notes.trim()) practical.push([k('documents.programme.notes'), session.notes.trim()]);
  if (practical.length) blocks.push(heading(k('documents.programme.practical'), 2), factsTable(practical));

  // Whom guests call on the day: the session's contact person (never the certificates' signatory).
  const person = session.contact ?? { name: '', phone: '', email: '' };
  const contacts: [string, string][] = [];
  if (person.name.trim()) contacts.push([k('documents.programme.contactPerson'), person.name.trim()]);
  const phone = person.phone.trim() || settings.phone.trim();
  const email = person.email.trim() || settings.email.trim();
  const office = [settings.municipality, settings.office].filter((s) => s.trim()).join(' – ');
  if (office) contacts.push([k('documents.programme.office'), office]);
  if (phone) contacts.push([k('documents.programme.phone'), phone]);
  if (email) contacts.push([k('documents.programme.email'), email]);
  if (settings.website.trim()) contacts.push([k('documents.programme.website'), settings.website.trim()]);
  if (contacts.length) blocks.push(heading(k('documents.programme.contacts'), 2), factsTable(contacts));

  return {
    title: `${k('documents.programme.kind')} – ${title}`,
    lang,
    sections: [hostSection(settings, lang, blocks, { footerText: `${k('documents.programme.kind')} – ${shortTitle(title, 70)}` })],
  };
}
