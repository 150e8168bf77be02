// The drafts of one kind of message for chosen participants of a session: recipient, subject, text and attachments
// (the programme and the calendar file with a confirmation, each person's own certificate with the certificate
// message). The same code serves the app and `npm run mail-drafts`; only the PDF printer differs (Electron's, or
// Chromium's in the command-line tool). Where no PDF can be made (a plain browser) documents go as Word files.
// Turning a draft into a MIME message is the main process's job (src-main/mail). Pure apart from the printer.
import type { MailAttachment, MailDraft } from '../../../src-main/preload/api';
import { buildCalendar } from '../documents/calendar';
import { safeFileName, suggestedFileName } from '../documents/file-names';
import { uniqueStems } from '../documents/generate';
import { buildCertificate, certificateFileStem, certificatePlan } from '../documents/handouts/certificate';
import { docText } from '../documents/handouts/common';
import { buildProgramme } from '../documents/handouts/programme';
import { sessionDates } from '../domain/sessions';
import type { DocModel } from '../documents/model';
import { isDemoId } from '../demo/demo-ids';
import { renderDocx } from '../documents/render-docx';
import { isLandscape, renderHtml } from '../documents/render-html';
import type { IsoDate, MessageKind, MessageLang, Participant } from '../domain/types';
import { WITH_PROGRAMME } from './kinds';
import { renderMessage, type RenderedMessage } from './render';
import { participantValues, sessionValues, type SessionValues } from './values';
import { templateFor } from './templates';
import { hasEmail } from './recipients';
import type { SessionDocumentInput } from '../domain/session-data';

/** Turns a printable HTML page into PDF bytes (Electron's printer, or Chromium's in the command-line tool). */
export type PdfPrinter = (html: string, landscape: boolean) => Promise<Uint8Array>;

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar',
} as const;

export interface DraftOptions {
  kind: MessageKind;
  lang: MessageLang;
  /** The people to write to (those without an e-mail are skipped: the caller lists them apart). */
  participants: readonly Participant[];
  /** null: attach Word files instead of PDF. */
  pdf: PdfPrinter | null;
  /** Date of issue printed on certificates. */
  issueDate: IsoDate;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export class DraftsCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Why drafts cannot be written: the office has no e-mail address to send from. */
export class NoSenderError extends Error {
  constructor() {
    super('noSender');
  }
}

/** The message for one person, as the preview shows it and the draft carries it. */
export function messageFor(input: SessionDocumentInput, kind: MessageKind, lang: MessageLang, p: Participant, shared: SessionValues = sessionValues(input, lang)): RenderedMessage {
  return renderMessage(templateFor(input.settings, kind, lang), participantValues(shared, p, lang));
}

/**
 * "2026-05-07 Conferma - Rossi Maria.eml": the session's first day and the message first, so drafts of several
 * sessions and steps can share a folder without overwriting each other; then the person, surname first. Drafts of
 * the demo data start with "DEMO", as its documents do, so none is ever sent to anyone by mistake.
 */
export function draftFileName(input: Pick<SessionDocumentInput, 'session'>, p: Participant, kind: MessageKind, lang: MessageLang): string {
  const who = [p.surname, p.name].map((s) => s.trim()).filter(Boolean).join(' ');
  const date = sessionDates(input.session)[0] ?? '';
  const head = [isDemoId(input.session.id) ? 'DEMO' : '', date, docText(lang, `messages.kind.${kind}`)].filter(Boolean).join(' ');
  return `${safeFileName(`${head} - ${who}`)}.eml`;
}

/** The names of the files a draft will carry, for the preview (PDF, or Word where no PDF can be made). */
export function attachmentNames(input: SessionDocumentInput, kind: MessageKind, lang: MessageLang, p: Participant, pdf: boolean): string[] {
  const localised = { ...input, lang };
  const names: string[] = [];
  if (WITH_PROGRAMME.includes(kind)) {
    const stem = programmeStem(localised, lang);
    names.push(`${stem}.${pdf ? 'pdf' : 'docx'}`);
    if (buildCalendar({ session: input.session, offer: input.offer, items: input.items, settings: input.settings }, lang).ok) names.push(`${stem}.ics`);
  }
  if (kind === 'attestato') {
    const plan = certificatePlan(localised);
    const stems = uniqueStems(plan.entries.map((e) => certificateFileStem(localised, e.participant)));
    const i = plan.entries.findIndex((e) => e.participant.id === p.id);
    if (i >= 0) names.push(`${stems[i]}.${pdf ? 'pdf' : 'docx'}`);
  }
  return names;
}

function programmeStem(input: SessionDocumentInput, lang: MessageLang): string {
  const date = sessionDates(input.session)[0] ?? '';
  return suggestedFileName({ date, kind: docText(lang, 'documents.programme.kind'), title: input.offer.title, extension: 'x', demo: isDemoId(input.session.id) }).replace(/\.x$/, '');
}

async function documentAttachment(doc: DocModel, stem: string, pdf: PdfPrinter | null): Promise<MailAttachment> {
  if (pdf) return { fileName: `${stem}.pdf`, contentType: CONTENT_TYPES.pdf, data: await pdf(renderHtml(doc), isLandscape(doc)) };
  return { fileName: `${stem}.docx`, contentType: CONTENT_TYPES.docx, data: await renderDocx(doc) };
}

/** The programme and the calendar file, as Documenti names them. */
async function programmeAttachments(input: SessionDocumentInput, lang: MessageLang, pdf: PdfPrinter | null): Promise<MailAttachment[]> {
  const source = { session: input.session, offer: input.offer, items: input.items, settings: input.settings };
  const stem = programmeStem(input, lang);
  const attachments = [await documentAttachment(buildProgramme(source, lang), stem, pdf)];
  const calendar = buildCalendar(source, lang);
  if (calendar.ok) attachments.push({ fileName: `${stem}.ics`, contentType: CONTENT_TYPES.ics, data: calendar.ics });
  return attachments;
}

/**
 * One draft per person with an e-mail, in the order given. Throws NoSenderError when Settings has no office
 * e-mail, DraftsCancelled when `isCancelled` says so between two people.
 */
export async function buildDrafts(source: SessionDocumentInput, options: DraftOptions): Promise<MailDraft[]> {
  const { kind, lang, pdf } = options;
  const input: SessionDocumentInput = { ...source, lang };
  const sender = input.settings.email.trim().toLowerCase();
  if (!sender) throw new NoSenderError();
  // "Comune di Monza – Servizio Partecipazione": who writes, as the guest's mail program will show it.
  const from = { name: [input.settings.municipality, input.settings.office].map((s) => s.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join(' – '), address: sender };
  const people = options.participants.filter(hasEmail);
  const shared = sessionValues(input, lang);
  const check = () => {
    if (options.isCancelled?.()) throw new DraftsCancelled();
  };

  const common = WITH_PROGRAMME.includes(kind) && people.length ? await programmeAttachments(input, lang, pdf) : [];
  // Certificates carry the same file names as in Documenti, numbered over everyone who receives one.
  const plan = kind === 'attestato' ? certificatePlan(input) : null;
  const stemList = plan ? uniqueStems(plan.entries.map((e) => certificateFileStem(input, e.participant))) : [];
  const stems = plan ? new Map(plan.entries.map((e, i) => [e.participant.id, stemList[i]!])) : null;

  const drafts: MailDraft[] = [];
  options.onProgress?.(0, people.length);
  for (const [i, p] of people.entries()) {
    check();
    const message = messageFor(input, kind, lang, p, shared);
    const attachments = [...common];
    if (plan && stems) {
      const entry = plan.entries.find((e) => e.participant.id === p.id);
      if (entry) attachments.push(await documentAttachment(buildCertificate(input, entry, { issueDate: options.issueDate }), stems.get(p.id)!, pdf));
    }
    drafts.push({
      fileName: draftFileName(input, p, kind, lang),
      from,
      to: { name: [p.name, p.surname].map((s) => s.trim()).filter(Boolean).join(' '), address: p.email.trim().toLowerCase() },
      subject: message.subject,
      text: message.text,
      attachments,
    });
    options.onProgress?.(i + 1, people.length);
  }
  return drafts;
}
