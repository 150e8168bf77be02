// Where the form fixtures and the two real seed forms are. The seeds live in ../shared/seeds beside the clone
// (CI puts them there); a git worktree sits one level deeper, so look upwards a little.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'forms');

function seedsDir(): string {
  for (const up of ['..', '../..']) {
    const dir = resolve(ROOT, up, 'shared', 'seeds');
    if (existsSync(dir)) return dir;
  }
  throw new Error(`Seed forms not found: expected ${resolve(ROOT, '..', 'shared', 'seeds')}`);
}

export function seedPath(prefix: '000' | '001'): string {
  const dir = seedsDir();
  const name = ['000_873429aab38c9f6d.txt', '001_343520f072d2d05f.txt'].find((n) => n.startsWith(prefix))!;
  return join(dir, name);
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function seed(prefix: '000' | '001'): string {
  return readFileSync(seedPath(prefix), 'utf8');
}
