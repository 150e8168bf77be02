// Gathers from the database what each handout builder needs. Builders themselves stay pure (lib/documents).
import { getDb } from '../../lib/db';
import { listAgenda } from '../../lib/db/repositories/agenda';
import { getSettings } from '../../lib/db/repositories/settings';
import { suggestedFileName } from '../../lib/documents/file-names';
import { isDemoId } from '../../lib/demo/demo-ids';
import { docText } from '../../lib/documents/handouts/common';
import { buildProgramme, sessionDates, type ProgrammeSource } from '../../lib/documents/handouts/programme';
import type { MessageKey } from '../../lib/i18n/index.svelte';
import type { Prepared } from './document-job.svelte';

export async function loadProgrammeSource(sessionId: string): Promise<ProgrammeSource | null> {
  const db = getDb();
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const [offer, items, settings] = await Promise.all([db.offers.get(session.offerId), listAgenda(sessionId), getSettings()]);
  return { session, offer: offer ?? null, items, settings };
}

/** The Programma of a session, ready to export (Documenti and the Programma screen's own buttons). */
export async function prepareProgramme(sessionId: string, lang: 'it' | 'en'): Promise<Prepared | { refused: MessageKey }> {
  const source = await loadProgrammeSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  if (!source.items.length) return { refused: 'documents.programme.empty' };
  const doc = buildProgramme(source, lang);
  const date = sessionDates(source.session)[0] ?? '';
  return { doc, fileName: (extension) => suggestedFileName({ date, kind: docText(lang, 'documents.programme.kind'), title: source.offer?.title ?? '', extension, demo: isDemoId(source.session.id) }) };
}
