import { describe, expect, it } from 'vitest';
import { appDemoData, BUNDLED_FORMS } from '../../../../../src-renderer/lib/demo/bundled-forms';
import { demoDataFromForms } from '../../../../../src-renderer/lib/demo/demo-data';
import { buildDemoBackup } from '../../../../../scripts/lib/demo-backup';
import { readExampleForms } from '../../../../../scripts/lib/example-forms';

describe('the example forms inside the app', () => {
  it('are the files of docs/examples, byte for byte', async () => {
    expect(BUNDLED_FORMS).toEqual(await readExampleForms());
  });

  it('give the app the same demo data as npm run demo', async () => {
    expect(appDemoData()).toEqual(demoDataFromForms(await readExampleForms()));
    expect(appDemoData()).toEqual((await buildDemoBackup()).data);
  });
});
