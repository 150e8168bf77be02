// The participant handouts behind their Word / PDF / Stampa buttons (Documenti and the Partecipanti screen): the
// session's people loaded through the repository, the document built (lib/documents/handouts) and named.
import { loadParticipantsSource } from '../../lib/db/repositories/session-documents';
import type { Preparation } from '../../lib/document-job.svelte';
import { sessionFileStem } from '../../lib/documents/file-names';
import { docText, type DocLang } from '../../lib/documents/handouts/common';
import { buildBadges } from '../../lib/documents/handouts/badges';
import { buildCatering, cateringCsv } from '../../lib/documents/handouts/catering';
import { buildParticipantList } from '../../lib/documents/handouts/participant-list';
import { todayIso } from '../../lib/domain/dates';

type ParticipantHandout = 'list' | 'badges' | 'catering';

const KIND = { list: 'participants.doc.list.title', badges: 'participants.doc.badge.title', catering: 'participants.doc.catering.title' } as const;

async function prepareForParticipants(handout: ParticipantHandout, sessionId: string, lang: DocLang): Promise<Preparation> {
  const source = await loadParticipantsSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  const { session, settings, participants } = source;
  if (!participants.some((p) => p.status === 'confermato')) return { refused: 'participants.doc.noneConfirmed' };
  const offerTitle = source.offer?.title ?? '';
  const stem = sessionFileStem(session.firstDay, docText(lang, KIND[handout]), offerTitle, session.id);
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
