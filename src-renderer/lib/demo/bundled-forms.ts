// The two example forms of docs/examples/, inside the app's bundle: the app builds its demo data from them and
// offers them on the import screen, with no file to find on disk. Loaded only when one of those is asked for.
import sanRocco from '../../../docs/examples/scheda-co-progettazione-terzo-settore.txt?raw';
import patti from '../../../docs/examples/scheda-patti-di-cittadinanza.txt?raw';
import type { BackupData } from '../db/backup-document';
import { demoDataFromForms } from './demo-data';
import { EXAMPLE_FORMS, type ExampleForm } from './example-forms';

export const BUNDLED_FORMS: ExampleForm[] = [
  { fileName: EXAMPLE_FORMS[0], text: sanRocco },
  { fileName: EXAMPLE_FORMS[1], text: patti },
];

/** The same demo data as `npm run demo`. */
export function appDemoData(): BackupData {
  return demoDataFromForms(BUNDLED_FORMS);
}
