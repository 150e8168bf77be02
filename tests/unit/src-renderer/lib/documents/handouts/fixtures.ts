// The San Rocco two-day visit, as the Programma tests and sample renders use it.
import { studyVisitTemplate } from '../../../../../../src-renderer/lib/domain/agenda';
import { templateTitles } from '../../../../../../src-renderer/lib/i18n/agenda';
import type { AgendaItem, Offer, Session } from '../../../../../../src-renderer/lib/domain/types';
import { SETTINGS } from '../sample';
import type { ProgrammeSource } from '../../../../../../src-renderer/lib/domain/session-data';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

export function sanRocco(): ProgrammeSource {
  const offer: Offer = {
    id: 'o1',
    ...stamp,
    hostMunicipality: 'Comune di Monza',
    hostOffice: 'Struttura PNRR-Progettazione Europea',
    title: 'Processo di Co-progettazione con Enti del Terzo Settore',
    description: '',
    transferMethod: '',
    capacityMin: 4,
    capacityMax: 5,
    targetProfiles: '',
    durationDays: 2,
    dateMode: 'single',
    candidateSessions: [{ days: ['2026-05-07', '2026-05-08'] }],
    notes: '',
    format: 'presenza',
    agendaDraft: [],
    source: null,
  };
  const session: Session = { id: 's1', ...stamp, offerId: 'o1', days: ['2026-05-07', '2026-05-08'], candidates: [], venue: 'Palazzo Comunale, Sala Giunta', venueAddress: '', contact: { name: '', phone: '', email: '' }, format: 'presenza', online: { platform: null, link: '' }, status: 'confermata', capacityMin: 4, capacityMax: 5, notes: 'Ritrovo all’ingresso di piazza Trento e Trieste.', firstDay: '2026-05-07' };
  const items: AgendaItem[] = studyVisitTemplate('s1', 2, SETTINGS, templateTitles('it')).map((input, i) => ({ ...input, id: `i${i}`, ...stamp }));
  const visit = items.find((i) => i.kind === 'visita')!;
  visit.place = 'Quartiere San Rocco';
  visit.speakers = 'Ufficio SUS & partner <ETS>';
  return { session, offer, items, settings: { ...SETTINGS, signatoryName: 'Maria Rossi', signatoryRole: 'Responsabile del Servizio' } };
}
