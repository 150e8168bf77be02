// The demo backup from the two seed exchange forms, parsed with the app's own form parser.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pkg from '../../package.json';
import { buildBackupDocument, type BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { offerDraftFromForm, parseFormText } from '../../src-renderer/lib/import/form';
import { demoData, type OfferFields } from './demo-data';

/** Dates without a year in the forms ("7-8 MAGGIO") are read from this day on. */
const REFERENCE_DAY = '2026-01-15';
const IMPORTED = '2026-03-02T09:00:00.000Z';

export class DemoError extends Error {}

async function parseSeed(dir: string, name: string): Promise<OfferFields> {
  const result = parseFormText(await readFile(join(dir, name), 'utf8'), { today: REFERENCE_DAY });
  return offerDraftFromForm(result, name, IMPORTED);
}

/** Reads the seed forms in `seedsDir` (the San Rocco visit and the Patti di Cittadinanza workshop). */
export async function buildDemoBackup(seedsDir: string): Promise<BackupDocument> {
  let names: string[];
  try {
    names = (await readdir(seedsDir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  } catch {
    throw new DemoError(`Cartella delle schede di esempio non trovata: ${seedsDir}. Indicarla con --seeds CARTELLA.`);
  }
  const offers = await Promise.all(names.map((n) => parseSeed(seedsDir, n)));
  const sanRocco = offers.find((o) => /co-progettazione/i.test(o.title) && o.durationDays === 2);
  const patti = offers.find((o) => /patti di cittadinanza/i.test(o.title));
  if (!sanRocco || !patti) throw new DemoError(`In ${seedsDir} mancano le due schede di esempio (Co-progettazione con Enti del Terzo Settore e Patti di Cittadinanza).`);
  const data = demoData({ sanRocco, patti });
  return buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-11T08:00:00.000Z', station: 'Postazione 1' });
}
