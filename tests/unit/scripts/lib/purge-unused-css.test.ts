import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preprocessCSS, resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { purgeUnusedCss, requiredClasses, selectorIsUsed, usedClassesIn } from '../../../../scripts/lib/purge-unused-css';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const BOOTSTRAP_ITALIA = join(ROOT, 'node_modules', 'bootstrap-italia', 'dist', 'css', 'bootstrap-italia.min.css');

/** Runs `css` (as the file `filename`) through Vite's CSS pipeline with the purge plugin. */
async function throughVite(css: string, filename: string, only: RegExp, sourceDir: string): Promise<string> {
  const plugins = [purgeUnusedCss({ only, sourceDir })];
  const config = await resolveConfig({ configFile: false, logLevel: 'silent', css: { postcss: { plugins } } }, 'build');
  return (await preprocessCSS(css, filename, config)).code;
}

async function purgeAgainst(css: string, sources: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ospita-purge-'));
  try {
    for (const [name, text] of Object.entries(sources)) await writeFile(join(dir, name), text);
    return await throughVite(css, join(dir, 'vendor.css'), /vendor\.css$/, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the classes a selector needs', () => {
  it('are those outside :not(), :is(), attribute selectors and strings', () => {
    expect(requiredClasses('.btn:not(.disabled):hover')).toEqual(['btn']);
    expect(requiredClasses('.card .card-body>.title')).toEqual(['card', 'card-body', 'title']);
    expect(requiredClasses('a[href$=".pdf"]')).toEqual([]);
    expect(requiredClasses(':is(.a, .b) .c')).toEqual(['c']);
  });

  it('count as used when written anywhere in the source, or built from a literal prefix', () => {
    const used = usedClassesIn(['<div class="alert alert-{tone}">', 'const cls = `badge status-${s}`;', 'class:is-invalid={bad}']);
    expect(selectorIsUsed('.alert.alert-warning', used)).toBe(true);
    expect(selectorIsUsed('.status-confirmed', used)).toBe(true);
    expect(selectorIsUsed('.form-control.is-invalid', used)).toBe(false);
    expect(selectorIsUsed('.is-invalid', used)).toBe(true);
    expect(selectorIsUsed('.carousel-item', used)).toBe(false);
    expect(selectorIsUsed('input[type=checkbox]', used)).toBe(true);
  });
});

describe('purging a stylesheet in Vite’s CSS pipeline', () => {
  const css = [
    ':root{--x:1}',
    'body{margin:0}',
    '.btn,.carousel{color:red}',
    '.carousel-item{display:none}',
    '@media (min-width:10px){.carousel{color:blue}}',
    '@media print{.btn{color:black}}',
    '@keyframes spin{from{opacity:0}to{opacity:1}}',
    '@keyframes fade{from{opacity:0}to{opacity:1}}',
    '.spinner{animation:spin 1s}',
    '@font-face{font-family:VideoJS;src:url(data:font/woff;base64,AA==)}',
    '.vjs-icon{font-family:VideoJS}',
  ].join('\n');

  it('keeps what the app can match and drops the rest, fonts and animations included', async () => {
    const out = await purgeAgainst(css, { 'App.svelte': '<button class="btn spinner">ok</button>' });
    expect(out).toContain(':root{--x:1}');
    expect(out).toContain('body{margin:0}');
    expect(out).toMatch(/\.btn\{color:red\}/);
    expect(out).not.toContain('carousel');
    expect(out).toContain('@media print');
    expect(out).not.toContain('min-width:10px');
    expect(out).toContain('@keyframes spin');
    expect(out).not.toContain('@keyframes fade');
    expect(out).not.toContain('VideoJS');
  });

  it('leaves other stylesheets alone', async () => {
    const out = await throughVite('.carousel{color:red}', join(ROOT, 'other.css'), /vendor\.css$/, join(ROOT, 'src-renderer'));
    expect(out).toContain('.carousel');
  });

  it('keeps every Bootstrap Italia class the screens use, at a fraction of the size', async () => {
    const full = await readFile(BOOTSTRAP_ITALIA, 'utf8');
    const out = await throughVite(full, BOOTSTRAP_ITALIA, /bootstrap-italia\.min\.css$/, join(ROOT, 'src-renderer'));
    expect(out.length).toBeLessThan(full.length / 5);
    const used = ['btn-primary', 'btn-outline-primary', 'btn-danger', 'form-control', 'form-select', 'is-invalid', 'table-hover', 'badge', 'visually-hidden'];
    // Notice.svelte builds `alert-{tone}`.
    for (const cls of [...used, 'alert-success', 'alert-danger', 'alert-warning', 'alert-info']) expect(out, cls).toContain(`.${cls}`);
    expect(out).not.toContain('.it-header-wrapper');
    expect(out).not.toContain('VideoJS');
  }, 60_000);
});
