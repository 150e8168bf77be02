// The domain speaks no UI language and touches no storage: its rules return codes and data, and the screens, the
// documents and the command-line tools put them in words. This reads every file of lib/domain and fails on an
// import of the catalogues, the database, a screen, Svelte or Dexie, so that it stays true.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../../..');
const DOMAIN = join(ROOT, 'src-renderer/lib/domain');

const FORBIDDEN: [string, RegExp][] = [
  ['the i18n catalogues', /(^|\/)i18n(\/|$)/],
  ['the database', /(^|\/)db(\/|$)/],
  ['a feature', /(^|\/)features(\/|$)/],
  ['a component', /(^|\/)components(\/|$)/],
  ['Svelte', /^svelte(\/|$)|\.svelte(\.ts|\.js)?$/],
  ['Dexie', /^dexie(\/|$)/],
  ['Electron', /^electron(\/|$)/],
];

/** Every module a file imports: static imports and re-exports, side-effect imports, dynamic imports. */
function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

function domainFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? domainFiles(path) : /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

describe('lib/domain', () => {
  it('imports nothing from i18n, db, features, components, Svelte, Dexie or Electron', () => {
    const files = domainFiles(DOMAIN);
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        // A relative import is judged by where it lands; a package by its name.
        const target = spec.startsWith('.') ? relative(join(ROOT, 'src-renderer'), resolve(file, '..', spec)) : spec;
        return FORBIDDEN.filter(([, pattern]) => pattern.test(target)).map(([what]) => `${relative(ROOT, file)} imports ${what} (${spec})`);
      }),
    );
    expect(offences).toEqual([]);
  });

  it('the check sees every way of importing', () => {
    const source = [
      "import { t } from '../i18n/index.svelte';",
      "import type { X } from '../db/database';",
      "export { y } from './z';",
      "import './side-effect';",
      "const m = await import('dexie');",
      "import {\n  a,\n  b,\n} from 'svelte/store';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../db/database', '../i18n/index.svelte', './side-effect', './z', 'dexie', 'svelte/store'].sort());
  });
});
