// `npm run --silent parse-participants -- FILE`: reads a participant list (CSV or .xlsx) with the app's own
// importer and prints what it understood as JSON: { encoding, delimiter, mapping, rows, problems }.
// Exits 2 with a message on stderr when the file cannot be read at all.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError, buildRows, readParticipantFile } from '../src-renderer/lib/import/participants';
import { importErrorMessage, mappingByHeader, problemMessage } from '../src-renderer/lib/import/participants/messages';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Uso: npm run --silent parse-participants -- FILE (un elenco di partecipanti .csv o .xlsx)\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    process.stderr.write(`${importErrorMessage('unreadable', 'it', { file: basename(file) })}\n`);
    return 2;
  }
  try {
    const parsed = await readParticipantFile(bytes);
    const { rows, problems } = buildRows(parsed, parsed.mapping);
    const output = {
      encoding: parsed.encoding,
      delimiter: parsed.delimiter,
      mapping: mappingByHeader(parsed.headers, parsed.mapping),
      rows: rows.map(({ surname, name, organisation, role, email, phone }) => ({ surname, name, organisation, role, email, phone })),
      problems: problems.map((p) => ({ row: p.row, message: problemMessage(p, 'it') })),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`${importErrorMessage(error.code, 'it', { file: basename(file), ...error.params })}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
