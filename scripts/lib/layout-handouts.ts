// Every handout of a session as document models, named, for the layout checks (LibreOffice line boxes,
// Chromium's PDF, badge scans). The same builders the app uses.
import { buildAttendanceRegister, buildAttendanceSheets } from '../../src-renderer/lib/documents/handouts/attendance-sheet';
import { buildBadges } from '../../src-renderer/lib/documents/handouts/badges';
import { buildCertificates, certificatePlan } from '../../src-renderer/lib/documents/handouts/certificate';
import { buildParticipantList } from '../../src-renderer/lib/documents/handouts/participant-list';
import { buildProgramme } from '../../src-renderer/lib/documents/handouts/programme';
import { buildSessionReport } from '../../src-renderer/lib/documents/handouts/session-report';
import type { DocModel } from '../../src-renderer/lib/documents/model';
import type { SessionDocumentInput } from '../../src-renderer/lib/domain/session-data';

export interface NamedHandout {
  name: string;
  doc: DocModel;
}

export function sessionHandouts(input: SessionDocumentInput): NamedHandout[] {
  const { settings, session, offer, lang } = input;
  const { entries } = certificatePlan(input);
  return [
    { name: 'certificates', doc: buildCertificates(input, entries, { issueDate: '2026-05-11', protocol: '0042137/2026' }) },
    { name: 'badges', doc: buildBadges({ settings, offerTitle: offer.title, participants: input.participants, contact: session.contact, lang }) },
    { name: 'programme', doc: buildProgramme({ session, offer, items: input.items, settings }, lang) },
    { name: 'sheets', doc: buildAttendanceSheets(input, { columns: 'inOut', blankRows: 2 }) },
    { name: 'register', doc: buildAttendanceRegister(input) },
    { name: 'participant-list', doc: buildParticipantList({ settings, session, offerTitle: offer.title, participants: input.participants, lang, today: '2026-05-01' }) },
    { name: 'report', doc: buildSessionReport(input) },
  ];
}
