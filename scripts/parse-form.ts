// npm run --silent parse-form -- [--today YYYY-MM-DD] FILE
// Prints the offer read from a filled-in exchange form (.docx, .txt, .md) as JSON; exits 2 with a message in
// Italian when the file is not such a form, is empty or cannot be read.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate, todayIso } from '../src-renderer/lib/domain/dates';
import { FormImportError, formWarningMessage, readFormFile } from '../src-renderer/lib/import/form';

const USAGE = 'Uso: npm run --silent parse-form -- [--today AAAA-MM-GG] FILE';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let today = todayIso();
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--today') {
      const value = argv[++i];
      if (!value || !isIsoDate(value)) fail(`La data di --today deve essere nel formato AAAA-MM-GG (ad esempio 2026-11-21).\n${USAGE}`);
      today = value;
    } else if (arg.startsWith('--today=')) {
      const value = arg.slice('--today='.length);
      if (!isIsoDate(value)) fail(`La data di --today deve essere nel formato AAAA-MM-GG (ad esempio 2026-11-21).\n${USAGE}`);
      today = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('--')) fail(`Opzione sconosciuta: ${arg}\n${USAGE}`);
    else if (file === null) file = arg;
    else fail(`Indicare un solo file.\n${USAGE}`);
  }
  if (!file) fail(`Indicare il file della scheda da leggere.\n${USAGE}`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `Il file «${file}» non esiste.` : code === 'EISDIR' ? `«${file}» è una cartella, non un file.` : `Il file «${file}» non si può leggere (${code ?? 'errore sconosciuto'}).`);
  }
  try {
    const { offer, agendaDraft, warnings } = await readFormFile(basename(file), bytes, { today });
    // Each warning as the review screen shows it, in Italian, with its code and values for a program reading it.
    const worded = warnings.map((w) => ({ field: w.field, message: formWarningMessage(w, 'it'), code: w.code, params: w.params, ...(w.dateCheck ? { dateCheck: true } : {}) }));
    process.stdout.write(`${JSON.stringify({ offer, agendaDraft, warnings: worded }, null, 2)}\n`);
  } catch (error) {
    if (error instanceof FormImportError) fail(`${basename(file)}: ${error.message}`);
    throw error;
  }
}

await main(process.argv.slice(2));
