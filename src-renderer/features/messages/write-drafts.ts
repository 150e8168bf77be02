// Preparing drafts from the screens: the drafts are built (lib/messages, PDFs from the desktop app's printer), handed
// to the host a few at a time so progress shows while they are written, and only those written are recorded as
// prepared. A plain browser has no MIME composer (nodemailer needs Node): it says so and nothing is recorded.
import { recordPreparedMessages } from '../../lib/db/repositories/messages';
import { printToPdf } from '../../lib/documents/export';
import type { IsoDate, MessageKind, MessageLang, Participant } from '../../lib/domain/types';
import { host as defaultHost, isDesktop, type HostApi } from '../../lib/host';
import { buildDrafts, DraftsCancelled, NoSenderError, type PdfPrinter } from '../../lib/messages/drafts';
import { hasEmail } from '../../lib/messages/recipients';
import type { SessionDocumentInput } from '../../lib/domain/session-data';
import { t } from '../../lib/i18n/index.svelte';
import type { JobNote } from '../../lib/document-job.svelte';

export type DraftsOutcome =
  | { status: 'saved'; folder: string; paths: string[] }
  | { status: 'cancelled' }
  | { status: 'noSender' }
  | { status: 'browser' };

export interface WriteOptions {
  kind: MessageKind;
  lang: MessageLang;
  issueDate: IsoDate;
  chooseFolder: boolean;
  onProgress?: (phase: 'building' | 'writing', done: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** Drafts handed to the host per call: progress between calls, and no single message of hundreds of megabytes. */
const CHUNK = 10;

export const DRAFTS_PURPOSE = 'bozze-email';

const unavailable = (error: unknown) => error instanceof Error && error.message.includes('MAIL_DRAFTS_UNAVAILABLE_IN_BROWSER');

export async function writeDrafts(input: SessionDocumentInput, people: readonly Participant[], options: WriteOptions, host: HostApi = defaultHost): Promise<DraftsOutcome> {
  const pdf: PdfPrinter | null = isDesktop ? (html, landscape) => printToPdf({ html, landscape }, host) : null;
  let drafts;
  try {
    drafts = await buildDrafts(input, {
      kind: options.kind,
      lang: options.lang,
      participants: people,
      pdf,
      issueDate: options.issueDate,
      onProgress: (done, total) => options.onProgress?.('building', done, total),
      isCancelled: options.isCancelled,
    });
  } catch (error) {
    if (error instanceof NoSenderError) return { status: 'noSender' };
    if (error instanceof DraftsCancelled) return { status: 'cancelled' };
    throw error;
  }
  // buildDrafts keeps the order of the people it writes to (those with an e-mail).
  const recipients = people.filter(hasEmail);
  const paths: string[] = [];
  let folder = '';
  const written: string[] = [];
  try {
    for (let start = 0; start < drafts.length; start += CHUNK) {
      if (options.isCancelled?.()) break;
      const chunk = drafts.slice(start, start + CHUNK);
      const result = await host.saveMailDrafts({ purpose: DRAFTS_PURPOSE, drafts: chunk, chooseFolder: start === 0 && options.chooseFolder });
      if (result.status === 'cancelled') break;
      folder = result.folder;
      paths.push(...result.paths);
      written.push(...recipients.slice(start, start + chunk.length).map((p) => p.id));
      options.onProgress?.('writing', Math.min(start + CHUNK, drafts.length), drafts.length);
    }
  } catch (error) {
    if (unavailable(error)) return { status: 'browser' };
    throw error;
  } finally {
    // Whatever reached the folder was prepared, even if a later chunk failed or the user stopped.
    if (written.length) await recordPreparedMessages(input.session.id, written, options.kind);
  }
  return paths.length ? { status: 'saved', folder, paths } : { status: 'cancelled' };
}

/** What the coordinator is told after writing drafts: for a batch, how many and where; for one guest, the file. */
export function draftsNote(outcome: DraftsOutcome, one = false): JobNote | null {
  switch (outcome.status) {
    case 'saved':
      return { tone: 'success', text: one ? t('messages.one.saved', { path: outcome.paths[0] ?? '' }) : t('messages.dialog.saved', { count: outcome.paths.length, folder: outcome.folder }) };
    case 'cancelled':
      return one ? null : { tone: 'info', text: t('messages.dialog.cancelled') };
    case 'noSender':
      return { tone: 'danger', text: t('messages.noSender') };
    case 'browser':
      return { tone: 'warning', text: t('messages.dialog.browser') };
  }
}

/** Opens the mail program on one guest's message (text only) and records it as prepared. */
export async function openInMailProgram(input: SessionDocumentInput, p: Participant, kind: MessageKind, message: { subject: string; text: string }, host: HostApi = defaultHost): Promise<void> {
  await host.openMailDraft({ to: p.email.trim().toLowerCase(), subject: message.subject, body: message.text });
  await recordPreparedMessages(input.session.id, [p.id], kind);
}
