// Why a file could not be read as an exchange form, with the message the user sees (in Italian: these files and
// their users are Italian; the UI shows the message as it is).
export type FormImportErrorCode = 'empty' | 'not-a-form' | 'unreadable' | 'unsupported' | 'too-large';

const MESSAGES: Record<FormImportErrorCode, string> = {
  empty: 'Il file è vuoto: non contiene testo da importare. Scegliere la scheda di scambio compilata.',
  'not-a-form':
    'Il file non sembra una scheda di scambio compilata: mancano le voci del modulo (ad esempio «Comune ospitante», «Titolo buona pratica», «Quanti partecipanti…», «Date disponibili»). Controllare di aver scelto il file giusto.',
  unreadable: 'Il file non si riesce a leggere come testo: potrebbe essere danneggiato o in un formato diverso da quello del nome. Aprirlo con Word o con un editor e salvarlo di nuovo come .docx o .txt.',
  unsupported: 'Questo tipo di file non è supportato: scegliere la scheda in formato .docx, .txt o .md.',
  'too-large': 'Il file è troppo grande per essere una scheda di scambio (oltre 20 MB). Controllare di aver scelto il file giusto.',
};

export class FormImportError extends Error {
  override readonly name = 'FormImportError';
  constructor(
    readonly code: FormImportErrorCode,
    message: string = MESSAGES[code],
  ) {
    super(message);
  }
}
