// Attestato di partecipazione: one page per person who receives one (lib/domain/certificates.ts decides who).
// Pure builder; one document with every certificate, or one document per person for separate files.
import { certificateRecipients, decideCertificates, type CertificateDecision } from '../../domain/certificates';
import { formatDate, formatDays } from '../../domain/dates';
import { formatDuration } from '../../domain/times';
import type { IsoDate, Participant } from '../../domain/types';
import { pageBreak, paragraph, run, spacer, type Block, type DocModel, type DocSection, type ImageRef } from '../model';
import { safeFileName, shortTitle } from '../file-names';
import { fitText } from '../text-fit';
import { DOC_THEME } from '../theme';
import { docText, hostSection, logoRef } from './common';
import { onlineWords, placeOf } from './place';
import { nameFirst, placeOfIssue, sessionTitle, surnameFirst } from './session-input';
import { hoursOf, type SessionDocumentInput } from '../../domain/session-data';

export interface CertificateOptions {
  /** Date of issue (`yyyy-MM-dd`). */
  issueDate: IsoDate;
  /** Place of issue; from Settings when absent ("Monza" for "Comune di Monza"). */
  issuePlace?: string;
  /** Protocol number printed at the top ("Prot. n. …"); none when empty. */
  protocol?: string;
}

export interface CertificateEntry {
  participant: Participant;
  attendedMinutes: number;
  programmeMinutes: number;
}

/** The decisions for the session and the certificates they lead to. */
export function certificatePlan(input: SessionDocumentInput): { decisions: CertificateDecision[]; entries: CertificateEntry[] } {
  const decisions = decideCertificates(input.participants, hoursOf(input));
  const entries = certificateRecipients(decisions).map((d) => ({ participant: d.participant, attendedMinutes: d.hours.attendedMinutes, programmeMinutes: d.hours.programmeMinutes }));
  return { decisions, entries };
}

/** Width of the certificate's text: A4 less its 24 mm margins. */
const NAME_WIDTH = 210 - 2 * 24;

const centred = (runs: Parameters<typeof paragraph>[0], size: number, spaceAfter: number) => paragraph(runs, { align: 'center', size, spaceAfter });

/** What every certificate of a session says alike, worked out once for a batch. */
interface CommonText {
  title: string;
  host: string;
  whereWhen: string;
  placeAndDate: string;
  role: string;
  name: string;
  signature: ImageRef | null;
}

function commonText(input: SessionDocumentInput, options: CertificateOptions): CommonText {
  const { lang, offer, session, settings } = input;
  const host = [offer.hostMunicipality, offer.hostOffice].map((s) => s.trim().replace(/\s*\n\s*/g, ', ')).filter(Boolean).join(' – ');
  // Held at the venue, online (on a platform), or both: the certificate says which.
  const where = placeOf(session);
  const online = where.online ? onlineWords(lang, where.online) : '';
  const venue = where.venue && online ? docText(lang, 'documents.place.both', { venue: where.venue, online }) : where.venue;
  const place = options.issuePlace?.trim() || placeOfIssue(settings);
  return {
    title: sessionTitle(input),
    host: host ? docText(lang, 'documents.certificate.host', { host }) : '',
    whereWhen: docText(lang, venue ? 'documents.certificate.whereWhen' : online ? 'documents.certificate.onlineWhen' : 'documents.certificate.when', { venue, online, days: formatDays(session.days, lang) }),
    placeAndDate: `${place}, ${formatDate(options.issueDate, lang)}`,
    role: settings.signatoryRole.trim() || docText(lang, 'documents.sheet.signatoryFallback'),
    name: settings.signatoryName.trim(),
    signature: settings.signature ? logoRef(settings.signature, docText(lang, 'documents.certificate.signatureAlt', { name: settings.signatoryName.trim() }), 50, 20) : null,
  };
}

/** The blocks of one certificate page. */
export function certificateBlocks(input: SessionDocumentInput, entry: CertificateEntry, options: CertificateOptions, common: CommonText = commonText(input, options)): Block[] {
  const { lang } = input;
  const p = entry.participant;
  const blocks: Block[] = [];
  const protocol = options.protocol?.trim();
  blocks.push(paragraph(protocol ? docText(lang, 'documents.certificate.protocol', { protocol }) : '', { size: 9.5, spaceAfter: 0 }));
  blocks.push(spacer(22));
  blocks.push(centred([run(docText(lang, 'documents.certificate.title').toLocaleUpperCase(lang), { bold: true, size: 26, color: DOC_THEME.primaryDark })], 26, 30));
  blocks.push(centred(docText(lang, 'documents.certificate.attests'), 12.5, 14));
  // The name on one line when a smaller size allows it (a four-part name with a double surname), else on two.
  const name = fitText(nameFirst(p), NAME_WIDTH, [22, 20, 18, 16], 1, true);
  const nameSize = name.shortened ? 18 : name.size;
  blocks.push(centred([run(nameFirst(p), { bold: true, size: nameSize, color: DOC_THEME.primaryDark })], nameSize, 8));
  const organisation = p.organisation.trim();
  const role = p.role.trim();
  const who = organisation && role ? 'documents.certificate.orgAndRole' : organisation ? 'documents.certificate.org' : role ? 'documents.certificate.role' : null;
  if (who) blocks.push(centred(docText(lang, who, { organisation, role }), 12.5, 24));
  else blocks.push(spacer(6));
  blocks.push(centred(docText(lang, 'documents.certificate.participated'), 12.5, 10));
  blocks.push(centred([run(`«${common.title}»`, { bold: true, italic: true, size: 16, color: DOC_THEME.primaryDark })], 16, 10));
  if (common.host) blocks.push(centred(common.host, 12, 8));
  blocks.push(centred(common.whereWhen, 12.5, 18));
  blocks.push(
    centred(
      [
        run(docText(lang, 'documents.certificate.hoursLead')),
        run(formatDuration(entry.attendedMinutes, lang), { bold: true }),
        run(docText(lang, 'documents.certificate.hoursTail', { programme: formatDuration(entry.programmeMinutes, lang) })),
      ],
      12.5,
      60,
    ),
  );
  blocks.push({ kind: 'signature', placeAndDate: common.placeAndDate, role: common.role, name: common.name, image: common.signature });
  return blocks;
}

function certificateSection(input: SessionDocumentInput, blocks: Block[]): DocSection {
  const section = hostSection(input.settings, input.lang, blocks);
  return { ...section, page: { ...section.page, margins: { top: 34, right: 24, bottom: 22, left: 24 } }, footer: { text: shortTitle(sessionTitle(input), 90), pageNumbers: null } };
}

/**
 * All certificates in one document, one page each, in the order given. `partMarks`: each certificate starts
 * with a part mark, so its PDF can be split into a file per person (lib/documents/pdf-split.ts).
 */
export function buildCertificates(input: SessionDocumentInput, entries: CertificateEntry[], options: CertificateOptions, layout: { partMarks?: boolean } = {}): DocModel {
  const blocks: Block[] = [];
  const common = commonText(input, options);
  entries.forEach((entry, i) => {
    if (i > 0) blocks.push(pageBreak);
    if (layout.partMarks) blocks.push({ kind: 'partMark', index: i });
    blocks.push(...certificateBlocks(input, entry, options, common));
  });
  return {
    title: docText(input.lang, 'documents.certificate.docTitle', { title: sessionTitle(input) }),
    lang: input.lang,
    sections: [certificateSection(input, blocks)],
  };
}

/** One person's certificate as its own document (for one file per participant). */
export function buildCertificate(input: SessionDocumentInput, entry: CertificateEntry, options: CertificateOptions): DocModel {
  return {
    title: docText(input.lang, 'documents.certificate.personTitle', { name: nameFirst(entry.participant) }),
    lang: input.lang,
    sections: [certificateSection(input, certificateBlocks(input, entry, options))],
  };
}

/** "Rossi Maria - Attestato" (the extension is added by the caller). */
export function certificateFileStem(input: Pick<SessionDocumentInput, 'lang'>, participant: Participant): string {
  return safeFileName(`${surnameFirst(participant)} - ${docText(input.lang, 'documents.certificate.fileKind')}`);
}
