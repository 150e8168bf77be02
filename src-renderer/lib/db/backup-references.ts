// Whether the records of a backup point at records the same file holds. Every table is valid on its own before
// this runs; a participant of a session the file lacks, or an attendance record of nobody in it, would be
// written and then shown nowhere, and carried into every later backup. Pure.
import { formatDays } from '../domain/dates';
import type { BackupData, BackupProblem } from './backup-document';

const named = (text: string) => text.trim() || '(senza nome)';

/** The first record that points at nothing, as the message naming it; null when everything holds together. */
export function brokenReference(data: BackupData): BackupProblem | null {
  const offers = new Set(data.offers.map((o) => o.id));
  const sessions = new Set(data.sessions.map((s) => s.id));
  for (const s of data.sessions) {
    if (!offers.has(s.offerId)) {
      const days = s.days.length ? s.days : (s.candidates[0]?.days ?? []);
      return { key: 'backup.error.orphanSession', params: { days: days.length ? formatDays(days) : 'date da decidere', id: s.id, missing: s.offerId } };
    }
  }
  for (const a of data.agendaItems) {
    if (!sessions.has(a.sessionId)) return { key: 'backup.error.orphanAgenda', params: { title: named(a.title), id: a.id, missing: a.sessionId } };
  }
  const sessionOf = new Map<string, string>();
  const names = new Map<string, string>();
  for (const p of data.participants) {
    const who = named(`${p.surname} ${p.name}`);
    if (!sessions.has(p.sessionId)) return { key: 'backup.error.orphanParticipant', params: { who, id: p.id, missing: p.sessionId } };
    sessionOf.set(p.id, p.sessionId);
    names.set(p.id, who);
  }
  for (const [i, e] of data.attendance.entries()) {
    const session = sessionOf.get(e.participantId);
    if (session === undefined) return { key: 'backup.error.orphanAttendance', params: { n: i + 1, day: formatDays([e.day]), missing: e.participantId } };
    if (session !== e.sessionId) return { key: 'backup.error.attendanceSession', params: { n: i + 1, day: formatDays([e.day]), who: names.get(e.participantId)!, missing: e.sessionId, session } };
  }
  for (const [i, q] of data.questionnaires.entries()) {
    if (!offers.has(q.offerId)) return { key: 'backup.error.orphanQuestionnaire', params: { n: i + 1, id: q.id, missing: q.offerId } };
  }
  for (const [i, r] of data.feedback.entries()) {
    if (!sessions.has(r.sessionId)) return { key: 'backup.error.orphanFeedback', params: { n: i + 1, id: r.id, missing: r.sessionId } };
  }
  return null;
}
