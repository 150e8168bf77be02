// `npm run mail-drafts -- --backup FILE --session ID --kind KIND --out DIR`: the e-mail drafts (.eml) of one step
// of a session, as the app prepares them, for the guests who have not had that message yet. Exit 2 with an Italian
// message for a bad backup, session or kind, missing arguments, or a message that cannot be written yet.
import { resolve } from 'node:path';
import type { BackupDocument } from '../src-renderer/lib/db/backup-document';
import { isIsoDate, todayIso } from '../src-renderer/lib/domain/dates';
import { fullName } from '../src-renderer/lib/domain/participants';
import { translate } from '../src-renderer/lib/i18n/translate';
import { NoSenderError } from '../src-renderer/lib/messages/drafts';
import { MESSAGE_KINDS, isMessageKind } from '../src-renderer/lib/messages/kinds';
import { startChromiumPdf, type ChromiumPdf } from './lib/chromium-pdf';
import { CliError, parseArgs, readBackupArg, unknownSession } from './lib/cli';
import { writeMailDrafts } from './lib/mail-drafts';
import { PASSPHRASE_ENV } from './lib/open-backup';
import { sessionInput } from './lib/session-documents';

const USAGE = `Uso: npm run mail-drafts -- --backup FILE --session ID --kind ${MESSAGE_KINDS.join('|')} --out CARTELLA
       [--lingua it|en] [--data-rilascio AAAA-MM-GG] [--anche-gia-preparati] [--senza-pdf]
  Scrive una bozza di e-mail (.eml) per ogni ospite che riceve il messaggio, come le prepara l'app: si aprono in
  Outlook o Thunderbird pronte da inviare. Chi ha già ricevuto il messaggio (secondo il backup) resta fuori,
  a meno di --anche-gia-preparati; chi non ha un'e-mail è elencato con il telefono.
  Un backup protetto da una frase segreta si legge indicandola nella variabile d'ambiente
  ${PASSPHRASE_ENV} (non sulla riga di comando, dove altri utenti del computer la vedrebbero).`;

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  if (a.help || a.aiuto) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { backup: backupPath, session: sessionId, kind, out } = a;
  if (typeof backupPath !== 'string' || typeof sessionId !== 'string' || typeof kind !== 'string' || typeof out !== 'string') return fail(`Mancano degli argomenti.\n${USAGE}`);
  if (!isMessageKind(kind)) return fail(`Il messaggio «${kind}» non esiste: scegliere uno tra ${MESSAGE_KINDS.join(', ')}.`);
  const lang = a.lingua === undefined ? 'it' : a.lingua;
  if (lang !== 'it' && lang !== 'en') return fail(`La lingua «${String(lang)}» non è prevista: scrivere it (italiano) o en (inglese).`);
  const issueDate = typeof a['data-rilascio'] === 'string' ? a['data-rilascio'] : todayIso();
  if (!isIsoDate(issueDate)) return fail(`La data di rilascio «${issueDate}» non è valida: scriverla come AAAA-MM-GG, per esempio 2026-05-11.`);

  let backup: BackupDocument;
  try {
    backup = await readBackupArg(backupPath);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message);
    throw error;
  }
  const input = await sessionInput(backup, sessionId);
  if (!input) return fail(unknownSession(backup, sessionId).message);

  let chromium: ChromiumPdf | null = null;
  if (!a['senza-pdf']) {
    chromium = await startChromiumPdf();
    if (!chromium) process.stderr.write('Chromium non trovato: allego i documenti in Word (per i PDF installare Chromium, oppure usare --senza-pdf).\n');
  }
  try {
    const dir = resolve(out);
    const result = await writeMailDrafts(input, dir, { kind, lang, pdf: chromium?.pdf ?? null, issueDate, again: Boolean(a['anche-gia-preparati']) });
    if (result.blocker) return fail(`Il messaggio «${kind}» non si può ancora scrivere: ${translate('it', `messages.blocker.${result.blocker}`)}`);
    const lines = [result.written.length ? `${result.written.length} bozze scritte in ${dir}:` : `Nessuna bozza da scrivere per «${kind}».`, ...result.written.map((w) => `  ${w}`)];
    if (result.alreadyPrepared.length) lines.push(`Già preparate, lasciate fuori (--anche-gia-preparati per rifarle):`, ...result.alreadyPrepared.map((p) => `  ${fullName(p)}`));
    if (result.withoutEmail.length) lines.push('Senza e-mail, da avvisare per telefono:', ...result.withoutEmail.map((p) => `  ${fullName(p)}: ${p.phone || 'nessun telefono'}`));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NoSenderError) return fail('Nelle impostazioni del backup manca l’e-mail dell’ufficio, che è il mittente delle bozze: aggiungerla in Impostazioni e rifare il backup.');
    throw error;
  } finally {
    await chromium?.close();
  }
}

process.exitCode = await main();
