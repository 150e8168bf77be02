// Where the example forms are on disk, for the command-line tools and the tests: inside the project, in
// docs/examples/ (never outside it).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_FORMS, EXAMPLES_FOLDER, type ExampleFormName } from '../../src-renderer/lib/demo/example-forms';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = join(PROJECT_ROOT, ...EXAMPLES_FOLDER.split('/'));

export function examplePath(name: ExampleFormName): string {
  return join(EXAMPLES_DIR, name);
}

/** The San Rocco visit (two days in May, no year) and the Patti di Cittadinanza workshop (two alternative Mondays). */
export const SAN_ROCCO_FORM = examplePath(EXAMPLE_FORMS[0]);
export const PATTI_FORM = examplePath(EXAMPLE_FORMS[1]);

export async function readExampleForms(dir: string = EXAMPLES_DIR): Promise<{ fileName: string; text: string }[]> {
  return Promise.all(EXAMPLE_FORMS.map(async (fileName) => ({ fileName, text: await readFile(join(dir, fileName), 'utf8') })));
}
