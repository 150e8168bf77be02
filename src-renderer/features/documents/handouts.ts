// The handouts behind the Word / PDF / Stampa buttons (Documenti, and the Programma and Partecipanti screens):
// each loads its data through the repositories, builds its document (lib/documents/handouts) and names its file.
import { loadParticipantsSource, loadProgrammeSource } from '../../lib/db/repositories/session-documents';
import { docText, type DocLang } from '../../lib/documents/handouts/common';
import { buildBadges } from '../../lib/documents/handouts/badges';
import { buildCatering, cateringCsv } from '../../lib/documents/handouts/catering';
import { buildParticipantList } from '../../lib/documents/handouts/participant-list';
import { buildProgramme, sessionDates } from '../../lib/documents/handouts/programme';
import { todayIso } from '../../lib/domain/dates';
import type { DocumentTemplate } from '../../lib/domain/types';
import type { Preparation } from './document-job.svelte';
import { fileStem } from './file-stem';

/** The Programma of a session; with the office's template, its Word file is the template filled in (in the worker). */
export async function prepareProgramme(sessionId: string, lang: DocLang, template: DocumentTemplate | null = null): Promise<Preparation> {
  const source = await loadProgrammeSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  if (!source.items.length) return { refused: 'documents.programme.empty' };
  return {
    doc: buildProgramme(source, lang),
    fromTemplate: template ? { kind: 'programmeTemplate', source, lang, template: template.data } : undefined,
    fileStem: fileStem(sessionDates(source.session)[0] ?? '', docText(lang, 'documents.programme.kind'), source.offer?.title ?? '', source.session.id),
  };
}

type ParticipantHandout = 'list' | 'badges' | 'catering';

const KIND = { list: 'participants.doc.list.title', badges: 'participants.doc.badge.title', catering: 'participants.doc.catering.title' } as const;

async function prepareForParticipants(handout: ParticipantHandout, sessionId: string, lang: DocLang): Promise<Preparation> {
  const source = await loadParticipantsSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  const { session, settings, participants } = source;
  if (!participants.some((p) => p.status === 'confermato')) return { refused: 'participants.doc.noneConfirmed' };
  const offerTitle = source.offer?.title ?? '';
  const stem = fileStem(session.firstDay, docText(lang, KIND[handout]), offerTitle, session.id);
  if (handout === 'catering') {
    const input = { settings, session, offerTitle, participants, items: source.items, lang };
    return { doc: buildCatering(input), csv: () => cateringCsv(input), fileStem: stem };
  }
  const doc =
    handout === 'list'
      ? buildParticipantList({ settings, session, offerTitle, participants, lang, today: todayIso() })
      : buildBadges({ settings, offerTitle, participants, contact: session.contact, lang });
  return { doc, fileStem: stem };
}

/** The Elenco partecipanti of a session. */
export const prepareParticipantList = (sessionId: string, lang: DocLang) => prepareForParticipants('list', sessionId, lang);

/** The badges of a session's confirmed participants. */
export const prepareBadges = (sessionId: string, lang: DocLang) => prepareForParticipants('badges', sessionId, lang);

/** Pasti e intolleranze: meals and dietary needs per day, for the caterer (also as CSV). */
export const prepareCatering = (sessionId: string, lang: DocLang) => prepareForParticipants('catering', sessionId, lang);
