// Everything held about one participant saved as a JSON file (a data-subject access request), before erasing them
// (Partecipanti) or on request (Impostazioni → Protezione dei dati personali).
import { exportParticipantData } from './db/repositories/privacy';
import { saveFile, type FileOutcome } from './documents/export';
import { dossierFileName } from './domain/privacy';
import type { Participant } from './domain/types';
import { i18n } from './i18n/index.svelte';

/** Null when the participant no longer exists. */
export async function saveParticipantData(participant: Participant): Promise<FileOutcome | null> {
  const json = await exportParticipantData(participant.id);
  return json === null ? null : saveFile(json, dossierFileName(participant), i18n.locale);
}
