// A mail draft as an .eml file: RFC 5322/MIME built by nodemailer's MailComposer (headers folded and encoded as
// UTF-8 words, attachment names both as RFC 2231 parameters and as encoded words for Outlook, contents in base64),
// with `X-Unsent: 1` so Outlook opens it as a new message ready to send. Node only: the main process and the
// command-line tool use it. Nothing is read from disk or the network: contents come as bytes.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailDraft } from '../preload/api';

export async function composeDraft(draft: Omit<MailDraft, 'fileName'>, date: Date = new Date()): Promise<Uint8Array> {
  const mail = new MailComposer({
    from: { name: draft.from.name, address: draft.from.address },
    to: [{ name: draft.to.name, address: draft.to.address }],
    subject: draft.subject,
    text: draft.text,
    date,
    headers: { 'X-Unsent': '1' },
    attachments: draft.attachments.map((a) => ({
      filename: a.fileName,
      contentType: a.contentType,
      content: typeof a.data === 'string' ? Buffer.from(a.data, 'utf8') : Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength),
      contentTransferEncoding: 'base64',
    })),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Uint8Array(await mail.compile().build());
}
