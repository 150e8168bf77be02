// The demo backup from the two example forms in docs/examples/, built by the same code as the app's
// «Prova con i dati dimostrativi» (src-renderer/lib/demo/demo-data.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBackupDocument, type BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { demoDataFromForms, DemoError } from '../../src-renderer/lib/demo/demo-data';
import { EXAMPLE_FORMS } from '../../src-renderer/lib/demo/example-forms';
import { EXAMPLES_DIR, PROJECT_ROOT, readExampleForms } from './example-forms';

// Read, not imported: the e2e suite loads this module too, and its loader wants JSON imported with an attribute.
const APP_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export { DemoError };

/** Reads the example forms from `dir` (docs/examples/ unless told otherwise). */
export async function buildDemoBackup(dir: string = EXAMPLES_DIR): Promise<BackupDocument> {
  let forms: { fileName: string; text: string }[];
  try {
    forms = await readExampleForms(dir);
  } catch {
    throw new DemoError(`Schede di esempio non trovate in ${dir}: servono ${EXAMPLE_FORMS.join(' e ')}. Indicare la cartella con --forms CARTELLA.`);
  }
  const data = demoDataFromForms(forms);
  return buildBackupDocument(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-11T08:00:00.000Z', station: 'Postazione 1' });
}
