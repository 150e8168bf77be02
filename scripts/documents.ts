// `npm run documents -- --backup FILE --session ID --out DIR`: every handout of one session of a backup, as the
// app makes them (Word, PDF through Chromium, CSV), for support and checks. Exit 2 with an Italian message for
// a bad backup, an unknown session or missing arguments.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BackupDocument } from '../src-renderer/lib/db/backup-document';
import { todayIso, isIsoDate } from '../src-renderer/lib/domain/dates';
import { translate } from '../src-renderer/lib/i18n/translate';
import { checkTemplate } from '../src-renderer/lib/documents/templates/check';
import { CliError, parseArgs, readBackupArg, unknownSession } from './lib/cli';
import { PASSPHRASE_ENV } from './lib/open-backup';
import { startChromiumPdf, type ChromiumPdf } from './lib/chromium-pdf';
import { sessionInput, writeSessionDocuments, type PdfPrinter } from './lib/session-documents';

const USAGE = `Uso: npm run documents -- --backup FILE --session ID --out CARTELLA [--data-rilascio AAAA-MM-GG] [--senza-pdf]
         [--modello-attestato MODELLO.docx] [--lingua it|en]
  Scrive tutti i documenti della sessione (programma, elenco partecipanti, fogli firme, registro presenze,
  attestati, rendicontazione) in Word, PDF e CSV, come li fa l'app. Con --modello-attestato gli attestati sono
  fatti sul modello Word dell'ente (un file con tutti e uno per persona, in Word); --lingua en li scrive in inglese.
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
  const backupPath = a.backup;
  const sessionId = a.session;
  const out = a.out;
  if (typeof backupPath !== 'string' || typeof sessionId !== 'string' || typeof out !== 'string') return fail(`Mancano degli argomenti.\n${USAGE}`);
  const issueDate = typeof a['data-rilascio'] === 'string' ? a['data-rilascio'] : todayIso();
  if (!isIsoDate(issueDate)) return fail(`La data di rilascio «${issueDate}» non è valida: scriverla come AAAA-MM-GG, per esempio 2026-05-11.`);

  const language = a.lingua === undefined ? 'it' : a.lingua;
  if (language !== 'it' && language !== 'en') return fail(`La lingua «${String(language)}» non è prevista: scrivere --lingua it oppure --lingua en.`);
  const lang: 'it' | 'en' = language;
  let certificateTemplate: Uint8Array | undefined;
  if (a['modello-attestato'] !== undefined) {
    const templatePath = a['modello-attestato'];
    if (typeof templatePath !== 'string') return fail(`Manca il file dopo --modello-attestato.\n${USAGE}`);
    try {
      certificateTemplate = new Uint8Array(await readFile(templatePath));
    } catch {
      return fail(`Impossibile leggere il modello «${templatePath}»: controllare il percorso.`);
    }
    const check = checkTemplate(certificateTemplate, 'certificate');
    if (!check.ok) return fail(`Il modello «${templatePath}» non si può usare: ${translate('it', check.problem.key, check.problem.params)}`);
  }

  let backup: BackupDocument;
  try {
    backup = await readBackupArg(backupPath);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message);
    throw error;
  }
  const input = await sessionInput(backup, sessionId, lang);
  if (!input) return fail(unknownSession(backup, sessionId).message);

  let chromium: ChromiumPdf | null = null;
  if (!a['senza-pdf']) {
    chromium = await startChromiumPdf();
    if (!chromium) process.stderr.write('Chromium non trovato: scrivo solo i file Word e CSV (per i PDF installare Chromium, oppure usare --senza-pdf).\n');
  }
  const pdf: PdfPrinter | null = chromium?.pdf ?? null;
  try {
    const written = await writeSessionDocuments(input, resolve(out), { pdf, issueDate, certificateTemplate });
    process.stdout.write(`${written.length} file scritti in ${resolve(out)}:\n${written.map((w) => `  ${w}`).join('\n')}\n`);
    return 0;
  } finally {
    await chromium?.close();
  }
}

process.exitCode = await main();
