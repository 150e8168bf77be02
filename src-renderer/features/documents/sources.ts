// Gathers from the database what each handout builder needs. Builders themselves stay pure (lib/documents).
import { getDb } from '../../lib/db';
import { listAgenda } from '../../lib/db/repositories/agenda';
import { getSettings } from '../../lib/db/repositories/settings';
import { suggestedFileName } from '../../lib/documents/file-names';
import { isDemoId } from '../../lib/demo/demo-ids';
import { docText } from '../../lib/documents/handouts/common';
import { buildProgramme, sessionDates, type ProgrammeSource } from '../../lib/documents/handouts/programme';
import { startGeneration } from '../../lib/documents/generate-client';
import type { DocumentTemplate } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n/index.svelte';
import type { Prepared } from './document-job.svelte';

export async function loadProgrammeSource(sessionId: string): Promise<ProgrammeSource | null> {
  const db = getDb();
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const [offer, items, settings] = await Promise.all([db.offers.get(session.offerId), listAgenda(sessionId), getSettings()]);
  return { session, offer: offer ?? null, items, settings };
}

/**
 * The Programma of a session, ready to export (Documenti and the Programma screen's own buttons); with the office's
 * template, its Word file is the template filled in (in the document worker).
 */
export async function prepareProgramme(sessionId: string, lang: 'it' | 'en', template: DocumentTemplate | null = null): Promise<Prepared | { refused: MessageKey }> {
  const source = await loadProgrammeSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  if (!source.items.length) return { refused: 'documents.programme.empty' };
  const doc = buildProgramme(source, lang);
  const date = sessionDates(source.session)[0] ?? '';
  const docx = template
    ? async () => (await startGeneration({ kind: 'programmeTemplate', source, lang, template: template.data }, () => {}).result)[0]!.data as Uint8Array
    : undefined;
  return { doc, docx, fileName: (extension) => suggestedFileName({ date, kind: docText(lang, 'documents.programme.kind'), title: source.offer?.title ?? '', extension, demo: isDemoId(source.session.id) }) };
}

/** A session to preview a programme template with: the most recent that has a programme. */
export async function findProgrammePreview(): Promise<ProgrammeSource | null> {
  const sessions = await getDb().sessions.orderBy('firstDay').reverse().toArray();
  for (const session of sessions) {
    const source = await loadProgrammeSource(session.id);
    if (source?.items.length) return source;
  }
  return null;
}
