// What the participant handouts need from the database: the session, its offer, its participants, the
// host's settings. The builders themselves stay pure (lib/documents/handouts).
import { getDb } from '../../lib/db';
import { listParticipants } from '../../lib/db/repositories/participants';
import { getSettings } from '../../lib/db/repositories/settings';
import { todayIso } from '../../lib/domain/dates';
import { suggestedFileName } from '../../lib/documents/file-names';
import { isDemoId } from '../../lib/demo/demo-ids';
import { listAgenda } from '../../lib/db/repositories/agenda';
import { buildBadges } from '../../lib/documents/handouts/badges';
import { buildCatering, cateringCsv } from '../../lib/documents/handouts/catering';
import { docText } from '../../lib/documents/handouts/common';
import { buildParticipantList } from '../../lib/documents/handouts/participant-list';
import type { MessageKey } from '../../lib/i18n/index.svelte';
import type { Prepared } from './document-job.svelte';

type Kind = 'list' | 'badges' | 'catering';

async function prepare(kind: Kind, sessionId: string, lang: 'it' | 'en'): Promise<Prepared | { refused: MessageKey }> {
  const db = getDb();
  const session = await db.sessions.get(sessionId);
  if (!session) return { refused: 'documents.sessionMissing' };
  const [offer, participants, settings] = await Promise.all([db.offers.get(session.offerId), listParticipants(sessionId), getSettings()]);
  if (!participants.some((p) => p.status === 'confermato')) return { refused: 'participants.doc.noneConfirmed' };
  const offerTitle = offer?.title ?? '';
  const fileName = (titleKey: MessageKey) => (extension: string) => suggestedFileName({ date: session.firstDay, kind: docText(lang, titleKey), title: offerTitle, extension, demo: isDemoId(session.id) });
  if (kind === 'catering') {
    const input = { settings, session, offerTitle, participants, items: await listAgenda(sessionId), lang };
    return { doc: buildCatering(input), csv: () => cateringCsv(input), fileName: fileName('participants.doc.catering.title') };
  }
  const doc =
    kind === 'list'
      ? buildParticipantList({ settings, session, offerTitle, participants, lang, today: todayIso() })
      : buildBadges({ settings, offerTitle, participants, contact: session.contact, lang });
  return { doc, fileName: fileName(kind === 'list' ? 'participants.doc.list.title' : 'participants.doc.badge.title') };
}

/** The Elenco partecipanti of a session, ready to export. */
export const prepareParticipantList = (sessionId: string, lang: 'it' | 'en') => prepare('list', sessionId, lang);

/** The badges of a session's confirmed participants, ready to export. */
export const prepareBadges = (sessionId: string, lang: 'it' | 'en') => prepare('badges', sessionId, lang);

/** Pasti e intolleranze: meals and dietary needs per day, for the caterer (also as CSV). */
export const prepareCatering = (sessionId: string, lang: 'it' | 'en') => prepare('catering', sessionId, lang);
