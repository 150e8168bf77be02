// The texts of the messages to guests: Italian defaults (and English ones for guests from abroad), the office's own
// versions from Settings over them, and the placeholders they may use. A line whose placeholder has no value does
// not appear (no venue yet, no questionnaire): see render.ts. Pure.
import type { HostSettings, MessageKind, MessageLang, MessageTemplate } from '../domain/types';

/** Placeholders a text may use, each filled for the participant the message is for (values.ts). */
export const PLACEHOLDERS = [
  'nome',
  'cognome',
  'ente',
  'codice',
  'titolo',
  'date',
  'orari',
  'luogo',
  'note_pratiche',
  'posizione_attesa',
  'ore',
  'questionario',
  'ente_ospitante',
  'ufficio',
  'indirizzo_ufficio',
  'telefono_ufficio',
  'email_ufficio',
  'firmatario',
  'ruolo_firmatario',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const SIGNATURE_IT = ['Cordiali saluti,', '{firmatario}', '{ruolo_firmatario}', '{ufficio}', '{ente_ospitante}', 'Tel. {telefono_ufficio}', '{email_ufficio}'].join('\n');
const SIGNATURE_EN = ['Kind regards,', '{firmatario}', '{ruolo_firmatario}', '{ufficio}', '{ente_ospitante}', 'Tel. {telefono_ufficio}', '{email_ufficio}'].join('\n');

const paragraphs = (...parts: string[]) => parts.join('\n\n');

export const DEFAULT_TEMPLATES: Record<MessageKind, Record<MessageLang, MessageTemplate>> = {
  conferma: {
    it: {
      subject: 'Iscrizione confermata – {titolo}, {date}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'siamo lieti di confermarLe l’iscrizione allo scambio di buone pratiche «{titolo}», che si terrà {date}.',
        'Luogo: {luogo}',
        'Orari:\n{orari}',
        'Informazioni pratiche: {note_pratiche}',
        'In allegato trova il programma completo e il file del calendario (.ics): aprendolo, l’appuntamento si aggiunge alla Sua agenda.',
        'Per qualsiasi esigenza (alimentazione, accessibilità, cambi di programma) può rispondere a questo messaggio.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'Registration confirmed – {titolo}, {date}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'We are pleased to confirm your registration for the good-practice exchange “{titolo}”, taking place on {date}.',
        'Venue: {luogo}',
        'Times:\n{orari}',
        'Practical information: {note_pratiche}',
        'Attached you will find the full programme and a calendar file (.ics): open it to add the event to your calendar.',
        'For any need (diet, accessibility, change of plans) simply reply to this message.',
        SIGNATURE_EN,
      ),
    },
  },
  attesa: {
    it: {
      subject: 'Lista d’attesa – {titolo}, {date}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'grazie per l’interesse verso lo scambio di buone pratiche «{titolo}», in programma {date}.',
        'I posti disponibili sono al momento tutti assegnati: la Sua richiesta è in lista d’attesa, in posizione {posizione_attesa}. Se si libera un posto La avviseremo subito con un nuovo messaggio.',
        'Se nel frattempo preferisse rinunciare, La preghiamo di dircelo rispondendo a questo messaggio: potremo offrire il posto ad altri.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'Waiting list – {titolo}, {date}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'Thank you for your interest in the good-practice exchange “{titolo}”, scheduled on {date}.',
        'All places are taken for now: your request is on the waiting list, in position {posizione_attesa}. If a place becomes free we will let you know at once.',
        'If in the meantime you decide not to come, please tell us by replying to this message, so we can offer the place to someone else.',
        SIGNATURE_EN,
      ),
    },
  },
  promozione: {
    it: {
      subject: 'Si è liberato un posto – {titolo}, {date}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'abbiamo una buona notizia: si è liberato un posto per lo scambio di buone pratiche «{titolo}» e la Sua iscrizione, finora in lista d’attesa, è confermata. La aspettiamo {date}.',
        'Luogo: {luogo}',
        'Orari:\n{orari}',
        'Informazioni pratiche: {note_pratiche}',
        'In allegato trova il programma completo e il file del calendario (.ics).',
        'Se non potesse più partecipare, La preghiamo di avvisarci al più presto rispondendo a questo messaggio, così da offrire il posto ad altri.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'A place is now available – {titolo}, {date}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'Good news: a place has become free for the good-practice exchange “{titolo}”, and your registration, so far on the waiting list, is now confirmed. We look forward to seeing you on {date}.',
        'Venue: {luogo}',
        'Times:\n{orari}',
        'Practical information: {note_pratiche}',
        'Attached you will find the full programme and a calendar file (.ics).',
        'If you can no longer attend, please let us know as soon as possible by replying to this message, so we can offer the place to someone else.',
        SIGNATURE_EN,
      ),
    },
  },
  promemoria: {
    it: {
      subject: 'Promemoria: {titolo}, {date}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'Le ricordiamo l’appuntamento con lo scambio di buone pratiche «{titolo}», {date}.',
        'Luogo: {luogo}',
        'Orari:\n{orari}',
        'Informazioni pratiche: {note_pratiche}',
        'All’arrivo, all’accoglienza basta dire il proprio nome oppure il codice {codice}.',
        'In caso di imprevisti può avvisarci rispondendo a questo messaggio o per telefono al {telefono_ufficio}.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'Reminder: {titolo}, {date}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'This is a reminder of the good-practice exchange “{titolo}”, on {date}.',
        'Venue: {luogo}',
        'Times:\n{orari}',
        'Practical information: {note_pratiche}',
        'When you arrive, just give your name at the reception desk, or the code {codice}.',
        'If something comes up, let us know by replying to this message or by phone on {telefono_ufficio}.',
        SIGNATURE_EN,
      ),
    },
  },
  attestato: {
    it: {
      subject: 'Attestato di partecipazione – {titolo}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'in allegato trova l’attestato di partecipazione allo scambio di buone pratiche «{titolo}», che si è svolto {date}, con {ore} di formazione frequentate.',
        'La ringraziamo ancora per la partecipazione.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'Certificate of attendance – {titolo}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'Attached you will find your certificate of attendance for the good-practice exchange “{titolo}”, held on {date}, with {ore} of training attended.',
        'Thank you again for taking part.',
        SIGNATURE_EN,
      ),
    },
  },
  ringraziamento: {
    it: {
      subject: 'Grazie per la partecipazione – {titolo}',
      body: paragraphs(
        'Gentile {nome} {cognome},',
        'grazie per aver partecipato allo scambio di buone pratiche «{titolo}», {date}. Speriamo che l’esperienza sia utile al Suo lavoro e al Suo ente.',
        'La Sua opinione ci aiuta a migliorare: Le chiediamo pochi minuti per rispondere al questionario di gradimento, a questo indirizzo: {questionario}',
        'Restiamo a disposizione per approfondire i temi trattati e per condividere i materiali.',
        SIGNATURE_IT,
      ),
    },
    en: {
      subject: 'Thank you for taking part – {titolo}',
      body: paragraphs(
        'Dear {nome} {cognome},',
        'Thank you for taking part in the good-practice exchange “{titolo}”, on {date}. We hope the experience proves useful to your work and your organisation.',
        'Your opinion helps us improve: please take a few minutes to answer the feedback questionnaire at this address: {questionario}',
        'We remain available to go further into the topics discussed and to share the materials.',
        SIGNATURE_EN,
      ),
    },
  },
};

/** The text in use: the office's own from Settings, else the default. */
export function templateFor(settings: Pick<HostSettings, 'messageTemplates'>, kind: MessageKind, lang: MessageLang): MessageTemplate {
  return settings.messageTemplates?.[kind]?.[lang] ?? DEFAULT_TEMPLATES[kind][lang];
}

/** True when the office changed this text. */
export function isCustomised(settings: Pick<HostSettings, 'messageTemplates'>, kind: MessageKind, lang: MessageLang): boolean {
  return settings.messageTemplates?.[kind]?.[lang] !== undefined;
}

/** The settings' texts with one changed, or set back to the default when it equals it (so defaults can improve). */
export function withTemplate(settings: Pick<HostSettings, 'messageTemplates'>, kind: MessageKind, lang: MessageLang, template: MessageTemplate | null): NonNullable<HostSettings['messageTemplates']> {
  // A JSON copy: the settings being edited may be reactive proxies, which structuredClone refuses.
  const all = JSON.parse(JSON.stringify(settings.messageTemplates ?? {})) as NonNullable<HostSettings['messageTemplates']>;
  const byLang = { ...all[kind] };
  const def = DEFAULT_TEMPLATES[kind][lang];
  if (!template || (template.subject === def.subject && template.body === def.body)) delete byLang[lang];
  else byLang[lang] = { subject: template.subject, body: template.body };
  if (Object.keys(byLang).length) all[kind] = byLang;
  else delete all[kind];
  return all;
}

/** Placeholders a text uses that do not exist ("{nomee}"): the editor points them out. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...text.matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]!).filter((name) => !known.has(name)))];
}
