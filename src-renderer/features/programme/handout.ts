// The Programma handout behind its Word / PDF / Stampa buttons (on this screen and on Documenti): the programme
// loaded through the repository, built (lib/documents/handouts/programme.ts) and named.
import { loadProgrammeSource } from '../../lib/db/repositories/session-documents';
import type { Preparation } from '../../lib/document-job.svelte';
import { sessionFileStem } from '../../lib/documents/file-names';
import { docText, type DocLang } from '../../lib/documents/handouts/common';
import { buildProgramme } from '../../lib/documents/handouts/programme';
import { sessionDates } from '../../lib/domain/sessions';
import type { DocumentTemplate } from '../../lib/domain/types';

/** The Programma of a session; with the office's template, its Word file is the template filled in (in the worker). */
export async function prepareProgramme(sessionId: string, lang: DocLang, template: DocumentTemplate | null = null): Promise<Preparation> {
  const source = await loadProgrammeSource(sessionId);
  if (!source) return { refused: 'documents.sessionMissing' };
  if (!source.items.length) return { refused: 'documents.programme.empty' };
  return {
    doc: buildProgramme(source, lang),
    fromTemplate: template ? { kind: 'programmeTemplate', source, lang, template: template.data } : undefined,
    fileStem: sessionFileStem(sessionDates(source.session)[0] ?? '', docText(lang, 'documents.programme.kind'), source.offer?.title ?? '', source.session.id),
  };
}
