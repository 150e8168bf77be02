#!/usr/bin/env node
// npm run test:standalone: the guard that Ospita stands on its own. Copies the project's tracked files into an
// empty temporary folder with nothing beside it (as a user who downloads it has), then runs the tests there and
// `npm run demo`. Anything that reads outside the project's own folder (a folder beside the clone, a file of
// this machine) fails there even where it would pass in place.
//
//   node scripts/standalone.mjs          the whole `npm test` (CI runs this instead of `npm test` in place)
//   node scripts/standalone.mjs --unit   only the unit tests and the demo backup: a few minutes
//   --keep                               leave the temporary folder for a look afterwards (it stays anyway
//                                        when something fails)
//
// node_modules is copied (never linked) from this checkout, so the run needs no network: run `npm run setup` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const unitOnly = process.argv.includes('--unit');
const keep = process.argv.includes('--keep');
const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';

function fail(message) {
  console.error(`standalone: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, 'node_modules'))) fail('manca node_modules: esegui prima "npm run setup". / run "npm run setup" first.');

const listed = spawnSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
if (listed.status !== 0) fail(`git ls-files non riuscito: ${listed.stderr.toString().trim()}`);
const files = listed.stdout.toString('utf8').split('\0').filter(Boolean);

// Two empty levels above the copy: whatever it looks for in .., ../.. or ../../.. is not there.
const work = mkdtempSync(join(tmpdir(), 'ospita-standalone-'));
const project = join(work, 'a', 'b', 'ospita');
mkdirSync(project, { recursive: true });
let copied = 0;
for (const file of files) {
  const from = join(root, file);
  if (!existsSync(from)) continue; // deleted in the working tree, not yet committed
  mkdirSync(dirname(join(project, file)), { recursive: true });
  cpSync(from, join(project, file), { verbatimSymlinks: true });
  copied++;
}
console.log(`standalone: ${copied} file del progetto copiati in ${project} (niente accanto); copia di node_modules…`);
{
  const started = Date.now();
  const cp = windows ? { status: 1 } : spawnSync('cp', ['-a', join(root, 'node_modules'), join(project, 'node_modules')], { stdio: 'inherit' });
  if (cp.status !== 0) cpSync(join(root, 'node_modules'), join(project, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  console.log(`standalone: node_modules copiato in ${Math.round((Date.now() - started) / 1000)} s.`);
}

function run(label, command, args) {
  console.log(`\nstandalone: ${label}`);
  const result = spawnSync(command, args, { cwd: project, stdio: 'inherit', shell: windows });
  if (result.status !== 0) {
    // The copy stays, with its test-results/, for a look at what failed.
    console.error(`standalone: «${label}» non riuscito (uscita ${result.status}); la copia resta in ${project}.`);
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
if (unitOnly) run('test unitari', npm, ['run', 'test:unit']);
else run('npm test', npm, ['test']);
const demo = join(project, 'demo.json');
run('npm run demo -- --out demo.json', npm, ['run', 'demo', '--', '--out', demo]);
const backup = JSON.parse(readFileSync(demo, 'utf8'));
if (backup.format !== 'ospita-backup' || !(backup.counts?.sessions > 0)) fail(`${demo} non è un backup dimostrativo di Ospita.`);

console.log(`\nstandalone: tutto passa in una copia del progetto senza nulla accanto (${Math.round((Date.now() - started) / 1000)} s). / Everything passes in a copy with nothing beside it.`);
if (keep) console.log(`standalone: la copia resta in ${project}`);
else rmSync(work, { recursive: true, force: true });
