// What an office's own Word template may say, in braces: the placeholders of each kind of document and their
// values for one person or one session. Placeholders are Italian words, as the office writes its letterhead.
import { formatDate, formatDays, formatLongDate } from '../../domain/dates';
import { countedMinutesByDay, sortItems } from '../../domain/agenda';
import { formatDuration } from '../../domain/times';
import type { TemplateKind } from '../../domain/types';
import type { CertificateEntry, CertificateOptions } from '../handouts/certificate';
import { docText } from '../handouts/common';
import { sessionDates } from '../../domain/sessions';
import { placeOfIssue, sessionTitle } from '../handouts/session-input';
import type { DocLang } from '../handouts/common';
import type { ProgrammeSource, SessionDocumentInput } from '../../domain/session-data';

export const CERTIFICATE_PLACEHOLDERS = ['nome', 'cognome', 'ente', 'ruolo', 'titolo', 'date', 'sede', 'ore', 'ore_previste', 'data_rilascio', 'luogo_rilascio', 'protocollo', 'firmatario', 'ruolo_firmatario'] as const;

export const PROGRAMME_PLACEHOLDERS = ['titolo', 'ente_ospitante', 'date', 'sede', 'ore', 'note', 'firmatario', 'ruolo_firmatario'] as const;
/** The programme's loop: `{#programma}…{/programma}` repeats its content once per agenda item. */
export const PROGRAMME_LOOP = 'programma';
export const PROGRAMME_ITEM_PLACEHOLDERS = ['giorno', 'inizio', 'fine', 'attivita', 'descrizione', 'luogo', 'relatori'] as const;

export interface TemplateVocabulary {
  fields: readonly string[];
  loops: Record<string, readonly string[]>;
}

export const TEMPLATE_VOCABULARY: Record<TemplateKind, TemplateVocabulary> = {
  certificate: { fields: CERTIFICATE_PLACEHOLDERS, loops: {} },
  programme: { fields: PROGRAMME_PLACEHOLDERS, loops: { [PROGRAMME_LOOP]: PROGRAMME_ITEM_PLACEHOLDERS } },
};

/** "{nome}, {cognome}, …, {#programma}…{/programma} con {giorno}, {inizio}…": for messages and the help text. */
export function describeVocabulary(kind: TemplateKind): string {
  const v = TEMPLATE_VOCABULARY[kind];
  const loops = Object.entries(v.loops).map(([loop, fields]) => `{#${loop}}…{/${loop}} (${fields.map((f) => `{${f}}`).join(', ')})`);
  return [...v.fields.map((f) => `{${f}}`), ...loops].join(', ');
}

export type CertificateFields = Record<(typeof CERTIFICATE_PLACEHOLDERS)[number], string>;

/** One person's values for a certificate template, in the document's language. */
export function certificateFields(input: SessionDocumentInput, entry: CertificateEntry, options: CertificateOptions): CertificateFields {
  const { lang, session, settings } = input;
  const p = entry.participant;
  return {
    nome: p.name.trim(),
    cognome: p.surname.trim(),
    ente: p.organisation.trim(),
    ruolo: p.role.trim(),
    titolo: sessionTitle(input),
    date: formatDays(session.days, lang),
    sede: session.venue.trim(),
    ore: formatDuration(entry.attendedMinutes, lang),
    ore_previste: formatDuration(entry.programmeMinutes, lang),
    data_rilascio: formatDate(options.issueDate, lang),
    luogo_rilascio: options.issuePlace?.trim() || placeOfIssue(settings),
    protocollo: options.protocol?.trim() ?? '',
    firmatario: settings.signatoryName.trim(),
    ruolo_firmatario: settings.signatoryRole.trim() || docText(lang, 'documents.sheet.signatoryFallback'),
  };
}

export interface ProgrammeFields extends Record<(typeof PROGRAMME_PLACEHOLDERS)[number], string> {
  programma: Record<(typeof PROGRAMME_ITEM_PLACEHOLDERS)[number], string>[];
}

/** A session's values for a programme template: the agenda item by item, each with its day. */
export function programmeFields(source: ProgrammeSource, lang: DocLang): ProgrammeFields {
  const { session, offer, settings } = source;
  const dates = sessionDates(session);
  const items = sortItems(source.items);
  const host = [offer?.hostMunicipality || settings.municipality, offer?.hostOffice || settings.office].map((s) => s.replace(/\s*\n\s*/g, ' / ').trim()).filter(Boolean).join(' – ');
  return {
    titolo: offer?.title.trim() || docText(lang, 'documents.programme.untitled'),
    ente_ospitante: host,
    date: dates.length ? formatDays(dates, lang) : docText(lang, 'documents.programme.datesUnknown'),
    sede: session.venue.trim(),
    ore: formatDuration(countedMinutesByDay(items, Math.max(1, dates.length, ...items.map((i) => i.dayIndex + 1))).total, lang),
    note: session.notes.trim(),
    firmatario: settings.signatoryName.trim(),
    ruolo_firmatario: settings.signatoryRole.trim(),
    programma: items.map((item) => {
      const date = dates[item.dayIndex];
      return {
        giorno: date ? formatLongDate(date, lang) : docText(lang, 'documents.programme.dayN', { n: item.dayIndex + 1 }),
        inizio: item.start,
        fine: item.end,
        attivita: item.title,
        descrizione: item.description,
        luogo: item.place,
        relatori: item.speakers,
      };
    }),
  };
}
