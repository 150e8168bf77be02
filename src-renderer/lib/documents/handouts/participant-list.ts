// Elenco partecipanti: who is coming, from which organisation, with role, contacts and check-in code, for the
// host's own use (it holds personal data, and says so). Confirmed people by surname, then the waiting list.
import { formatDays, formatShortDate } from '../../domain/dates';
import { compareBySurname } from '../../domain/participants';
import type { HostSettings, Participant, Session } from '../../domain/types';
import { cell, heading, paragraph, row, run, type Block, type DocModel, type TableBlock } from '../model';
import { docText, hostSection, type DocLang } from './common';
import { placeLine, placeOf } from './place';

export interface ParticipantListInput {
  settings: HostSettings;
  session: Pick<Session, 'days' | 'candidates' | 'venue' | 'capacityMax'> & Partial<Pick<Session, 'format' | 'online'>>;
  offerTitle: string;
  participants: readonly Participant[];
  lang?: DocLang;
  /** The date printed at the bottom ("Elenco aggiornato al …"), `yyyy-MM-dd`. */
  today: string;
}

function table(lang: DocLang, people: readonly Participant[]): TableBlock {
  const h = (key: Parameters<typeof docText>[1]) => cell([run(docText(lang, key), { bold: true })]);
  return {
    kind: 'table',
    columns: [{ width: 4 }, { width: 22 }, { width: 20 }, { width: 16 }, { width: 24 }, { width: 13 }, { width: 9 }],
    header: [
      row([
        h('participants.doc.col.number'),
        h('participants.doc.col.name'),
        h('participants.doc.col.organisation'),
        h('participants.doc.col.role'),
        h('participants.doc.col.email'),
        h('participants.doc.col.phone'),
        h('participants.doc.col.code'),
      ]),
    ],
    rows: people.map((p, i) =>
      row([
        String(i + 1),
        cell([run(p.surname.toUpperCase(), { bold: true }), run(` ${p.name}`)]),
        p.organisation,
        p.role,
        p.email,
        p.phone,
        p.checkinCode,
      ]),
    ),
    borders: 'grid',
    size: 9,
    zebra: 'F4F7FA',
  };
}

export function buildParticipantList(input: ParticipantListInput): DocModel {
  const lang = input.lang ?? 'it';
  const days = input.session.days.length ? input.session.days : (input.session.candidates[0]?.days ?? []);
  const confirmed = input.participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
  const waiting = input.participants.filter((p) => p.status === 'in_attesa').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const blocks: Block[] = [heading(docText(lang, 'participants.doc.list.title'), 1), paragraph([run(input.offerTitle, { bold: true })], { spaceAfter: 2 })];
  const when = [days.length ? formatDays(days, lang) : '', placeLine(input.session, lang)].filter(Boolean).join(' · ');
  if (when) blocks.push(paragraph(when, { spaceAfter: 2 }));
  // The link of the call, for the host to send to whoever asks for it.
  const online = placeOf(input.session).online;
  if (online?.link) blocks.push(paragraph([run(`${docText(lang, 'documents.place.link')}: `, { bold: true }), run(online.link)], { size: 9, spaceAfter: 2 }));
  blocks.push(
    paragraph(
      docText(lang, 'participants.doc.list.counts', {
        confirmed: confirmed.length,
        waiting: waiting.length,
        max: input.session.capacityMax > 0 ? input.session.capacityMax : '—',
      }),
      { size: 9, spaceAfter: 8 },
    ),
  );
  if (confirmed.length) blocks.push(table(lang, confirmed));
  else blocks.push(paragraph(docText(lang, 'participants.doc.list.none'), { size: 10 }));
  if (waiting.length) {
    blocks.push(heading(docText(lang, 'participants.doc.list.waiting'), 2));
    blocks.push(table(lang, waiting));
  }
  blocks.push(paragraph(docText(lang, 'participants.doc.list.updated', { date: formatShortDate(input.today) }), { size: 8, spaceAfter: 0 }));
  return {
    title: `${docText(lang, 'participants.doc.list.title')} - ${input.offerTitle}`,
    lang,
    sections: [hostSection(input.settings, lang, blocks, { orientation: 'landscape', footerText: docText(lang, 'participants.doc.privacy') })],
  };
}
