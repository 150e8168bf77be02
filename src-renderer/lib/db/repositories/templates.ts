// The office's own Word templates (schema v8): checked before anything is stored, one per kind of document.
import type { TemplateProblem } from '../../documents/templates/check';
import { bytesToBase64 } from '../../documents/templates/base64';
import type { DocumentTemplate, TemplateKind } from '../../domain/types';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';

export type SaveTemplateOutcome = { ok: true; template: DocumentTemplate } | { ok: false; problem: TemplateProblem };

export async function getTemplate(kind: TemplateKind): Promise<DocumentTemplate | null> {
  return (await getDb().documentTemplates.get(kind)) ?? null;
}

/** Checks the file and, only if it is a usable template, stores it in place of the previous one. */
export async function saveTemplate(kind: TemplateKind, fileName: string, bytes: Uint8Array): Promise<SaveTemplateOutcome> {
  // The template libraries load only when a template is uploaded.
  const { checkTemplate } = await import('../../documents/templates/check');
  const check = checkTemplate(bytes, kind);
  if (!check.ok) return check;
  const db = getDb();
  const data = bytesToBase64(bytes);
  return journaledWrite([db.documentTemplates], async (change) => {
    const now = nowInstant();
    const previous = await db.documentTemplates.get(kind);
    const template: DocumentTemplate = { id: kind, fileName: fileName.slice(0, 260), data, createdAt: previous?.createdAt ?? now, updatedAt: now };
    change.put('documentTemplates', [template]);
    await db.documentTemplates.put(template);
    return { ok: true as const, template };
  });
}

export async function removeTemplate(kind: TemplateKind): Promise<void> {
  const db = getDb();
  await journaledWrite([db.documentTemplates], async (change) => {
    change.delete('documentTemplates', [kind]);
    await db.documentTemplates.delete(kind);
  });
}
