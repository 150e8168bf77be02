// Where the form fixtures and the two real example forms are: both inside the project (the example forms in
// docs/examples/, scripts/lib/example-forms.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTI_FORM, PROJECT_ROOT, SAN_ROCCO_FORM } from '../../../../../../scripts/lib/example-forms';

export const ROOT = PROJECT_ROOT;
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'forms');

/** '000' is the San Rocco visit, '001' the Patti di Cittadinanza workshop (their order among the real forms). */
export function seedPath(prefix: '000' | '001'): string {
  return prefix === '000' ? SAN_ROCCO_FORM : PATTI_FORM;
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function seed(prefix: '000' | '001'): string {
  return readFileSync(seedPath(prefix), 'utf8');
}
