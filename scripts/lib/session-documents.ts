// Every handout of one session, written to a folder as the app makes them: used by `npm run documents`.
// PDFs come from a function given by the caller (Chromium in the CLI); without it only Word and CSV are written.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { buildQuestionnaire } from '../../src-renderer/lib/documents/handouts/questionnaire';
import { loadSessionDocumentInput } from '../../src-renderer/lib/db/repositories/session-documents';
import { suggestedFileName, safeFileName } from '../../src-renderer/lib/documents/file-names';
import { isDemoId } from '../../src-renderer/lib/demo/demo-ids';
import { generate } from '../../src-renderer/lib/documents/generate';
import { registerCsv, reportCsv } from '../../src-renderer/lib/documents/handouts/attendance-csv';
import { buildAttendanceRegister, buildAttendanceSheets } from '../../src-renderer/lib/documents/handouts/attendance-sheet';
import { buildCertificates, certificatePlan } from '../../src-renderer/lib/documents/handouts/certificate';
import { docText } from '../../src-renderer/lib/documents/handouts/common';
import { buildCatering, cateringCsv } from '../../src-renderer/lib/documents/handouts/catering';
import { buildBadges } from '../../src-renderer/lib/documents/handouts/badges';
import { buildParticipantList } from '../../src-renderer/lib/documents/handouts/participant-list';
import { participantsToCsv } from '../../src-renderer/lib/documents/handouts/participants-csv';
import { buildProgramme } from '../../src-renderer/lib/documents/handouts/programme';
import { sessionDates } from '../../src-renderer/lib/domain/sessions';
import { buildSessionReport } from '../../src-renderer/lib/documents/handouts/session-report';
import type { DocModel } from '../../src-renderer/lib/documents/model';
import { renderDocx } from '../../src-renderer/lib/documents/render-docx';
import { isLandscape, renderHtml } from '../../src-renderer/lib/documents/render-html';
import { formatDays } from '../../src-renderer/lib/domain/dates';
import { bytesToBase64 } from '../../src-renderer/lib/documents/templates/fill';
import { useBackup } from './backup-db';
import type { SessionDocumentInput } from '../../src-renderer/lib/domain/session-data';

export type PdfPrinter = (html: string, landscape: boolean) => Promise<Uint8Array>;

export interface SessionListing {
  id: string;
  line: string;
}

/** "s1  2026-05-07  Processo di Co-progettazione… (giovedì 7 e venerdì 8 maggio 2026)" for each session. */
export function listSessions(backup: BackupDocument): SessionListing[] {
  const titles = new Map(backup.data.offers.map((o) => [o.id, o.title]));
  return backup.data.sessions.map((s) => {
    const days = sessionDates(s);
    return { id: s.id, line: `${s.id}  ${titles.get(s.offerId) ?? '(offerta mancante)'}${days.length ? ` (${formatDays(days)})` : ''}` };
  });
}

/** The session's data from a backup, read by the app's own repository functions; null if it is not there. */
export async function sessionInput(backup: BackupDocument, sessionId: string, lang: 'it' | 'en' = 'it'): Promise<SessionDocumentInput | null> {
  await useBackup(backup);
  return loadSessionDocumentInput(sessionId, lang);
}

/**
 * Writes every handout of the session into `outDir`; returns the names written, in order. With
 * `certificateTemplate` (the office's .docx, already checked) the certificates are made on it, in Word only.
 */
export async function writeSessionDocuments(input: SessionDocumentInput, outDir: string, options: { pdf?: PdfPrinter | null; issueDate: string; certificateTemplate?: Uint8Array }): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const date = sessionDates(input.session)[0] ?? '';
  const title = input.offer.title;
  const name = (kind: string, extension: string) => suggestedFileName({ date, kind, title, extension, demo: isDemoId(input.session.id) });
  const put = async (fileName: string, data: Uint8Array | string) => {
    await writeFile(join(outDir, fileName), data);
    written.push(fileName);
  };
  const both = async (kind: string, doc: DocModel) => {
    await put(name(kind, 'docx'), await renderDocx(doc));
    if (options.pdf) await put(name(kind, 'pdf'), await options.pdf(renderHtml(doc), isLandscape(doc)));
  };
  const lang = input.lang;
  const k = (key: Parameters<typeof docText>[1]) => docText(lang, key);

  if (input.items.length) await both(k('documents.programme.kind'), buildProgramme({ session: input.session, offer: input.offer, items: input.items, settings: input.settings }, lang));
  await both(k('participants.doc.list.title'), buildParticipantList({ settings: input.settings, session: input.session, offerTitle: title, participants: input.participants, lang, today: options.issueDate }));
  await both(k('participants.doc.badge.title'), buildBadges({ settings: input.settings, offerTitle: title, participants: input.participants.filter((p) => p.status === 'confermato'), contact: input.session.contact, lang }));
  await put(name(k('documents.cli.participantsKind'), 'csv'), participantsToCsv(input.participants));
  const catering = { settings: input.settings, session: input.session, offerTitle: title, participants: input.participants, items: input.items, lang };
  await both(k('participants.doc.catering.title'), buildCatering(catering));
  await put(name(k('participants.doc.catering.title'), 'csv'), cateringCsv(catering));
  if (input.session.days.length) {
    await both(k('documents.attendance.kind.sheet'), buildAttendanceSheets(input));
    await both(k('documents.attendance.kind.register'), buildAttendanceRegister(input));
    await put(name(k('documents.attendance.kind.register'), 'csv'), registerCsv(input));
    const { entries } = certificatePlan(input);
    const certificateOptions = { issueDate: options.issueDate };
    if (entries.length && options.certificateTemplate) {
      // On the office's template: one Word file with everybody and one each (its PDF comes from Word or LibreOffice).
      const template = bytesToBase64(options.certificateTemplate);
      const [all] = await generate({ kind: 'certificates', input, entries, options: certificateOptions, format: 'docx', split: false, template });
      await put(name(k('documents.certificates.kind'), 'docx'), all!.data as Uint8Array);
      const folder = safeFileName(`${k('documents.certificates.kind')} ${date}`);
      await mkdir(join(outDir, folder), { recursive: true });
      for (const f of await generate({ kind: 'certificates', input, entries, options: certificateOptions, format: 'docx', split: true, template })) await put(join(folder, `${f.stem}.docx`), f.data as Uint8Array);
    } else if (entries.length) {
      await both(k('documents.certificates.kind'), buildCertificates(input, entries, certificateOptions));
      const folder = safeFileName(`${k('documents.certificates.kind')} ${date}`);
      await mkdir(join(outDir, folder), { recursive: true });
      let files = await generate({ kind: 'certificates', input, entries, options: certificateOptions, format: options.pdf ? 'html' : 'docx', split: true });
      if (options.pdf) {
        // Printed once for everybody, then split into a PDF each (as the app does).
        const batch = files[0]!;
        files = await generate({ kind: 'splitPdf', pdf: await options.pdf(String(batch.data), batch.landscape), parts: batch.parts! });
      }
      for (const f of files) await put(join(folder, `${f.stem}.${options.pdf ? 'pdf' : 'docx'}`), f.data as Uint8Array);
    }
    await both(k('documents.report.kind'), buildSessionReport(input));
    await put(name(k('documents.report.kind'), 'csv'), reportCsv(input));
    if (input.feedback) await both(k('feedback.print.kind'), buildQuestionnaire({ settings: input.settings, offer: input.offer, session: input.session, questions: input.feedback.questions, lang: 'it' }));
  }
  return written;
}
