// The e-mail drafts of one step for one session of a backup, written to a folder as the app writes them: the same
// recipients, texts and attachments (lib/messages), the same MIME composer (src-main/mail). Used by
// `npm run mail-drafts` and its tests.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { composeDraft } from '../../src-main/mail/compose';
import { freeName, nameKey, writeFileAtomic } from '../../src-main/ipc/files';
import type { IsoDate, MessageKind, MessageLang, Participant } from '../../src-renderer/lib/domain/types';
import { buildDrafts, type PdfPrinter } from '../../src-renderer/lib/messages/drafts';
import { recipientPlan, type MessageBlocker } from '../../src-renderer/lib/messages/recipients';
import type { SessionDocumentInput } from '../../src-renderer/lib/domain/session-data';

export interface MailDraftsOptions {
  kind: MessageKind;
  lang: MessageLang;
  /** null: documents attached as Word files. */
  pdf: PdfPrinter | null;
  issueDate: IsoDate;
  /** Prepare again for those already recorded as prepared in the backup. */
  again: boolean;
  now?: Date;
}

export interface MailDraftsResult {
  blocker: MessageBlocker | null;
  /** File names written, in the order of the recipients. */
  written: string[];
  /** Left out because the backup records the message as prepared already. */
  alreadyPrepared: Participant[];
  /** To be told another way: no valid e-mail address. */
  withoutEmail: Participant[];
}

export async function writeMailDrafts(input: SessionDocumentInput, outDir: string, options: MailDraftsOptions): Promise<MailDraftsResult> {
  const plan = recipientPlan(options.kind, input);
  const withoutEmail = plan.withoutEmail.map((r) => r.participant);
  if (plan.blocker) return { blocker: plan.blocker, written: [], alreadyPrepared: [], withoutEmail };
  const chosen = plan.withEmail.filter((r) => options.again || !r.prepared);
  const alreadyPrepared = plan.withEmail.filter((r) => !chosen.includes(r)).map((r) => r.participant);
  const drafts = await buildDrafts(input, { kind: options.kind, lang: options.lang, participants: chosen.map((r) => r.participant), pdf: options.pdf, issueDate: options.issueDate });
  await mkdir(outDir, { recursive: true });
  // Two guests with the same name in one batch get «… (2).eml», as the app names them (letter case aside).
  const taken = new Set<string>();
  const names = drafts.map((d) => {
    const name = freeName(d.fileName, taken);
    taken.add(nameKey(name));
    return name;
  });
  const date = options.now ?? new Date();
  for (const [i, { fileName: _name, ...draft }] of drafts.entries()) await writeFileAtomic(join(outDir, names[i]!), await composeDraft(draft, date));
  return { blocker: null, written: names, alreadyPrepared, withoutEmail };
}
