// Drops from a vendor stylesheet (Bootstrap Italia, 600 kB) the rules that can never match in Ospita: a selector
// is kept only if every class it needs appears somewhere in the renderer's source, as PurgeCSS does. Runs as a
// PostCSS plugin inside Vite's own CSS pipeline, so the build needs no extra dependency.
//
// Classes built at run time from a literal prefix (`alert-{tone}`, `status-${s}`) keep every class with that
// prefix. Classes inside :not(), :is(), :where() and :has() are not required, element and attribute selectors are
// always kept, and so are @font-face and @keyframes still referenced by a kept rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** What a class name may be made of in our source (Bootstrap's classes need no escaping). */
const TOKEN = /[A-Za-z0-9_-]+/g;
/** A literal prefix followed by a Svelte `{…}` or template-literal `${…}` interpolation. */
const DYNAMIC_PREFIX = /([A-Za-z0-9_-]+-)(?=\$?\{)/g;

export interface UsedClasses {
  tokens: Set<string>;
  prefixes: Set<string>;
}

/** Every word-like token and every dynamic class prefix in the given sources. */
export function usedClassesIn(sources: Iterable<string>): UsedClasses {
  const tokens = new Set<string>();
  const prefixes = new Set<string>();
  for (const source of sources) {
    for (const [token] of source.matchAll(TOKEN)) tokens.add(token);
    for (const [, prefix] of source.matchAll(DYNAMIC_PREFIX)) prefixes.add(prefix!);
  }
  return { tokens, prefixes };
}

/** The text of every file under `dir` whose extension is listed. */
export function readSources(dir: string, extensions = ['.svelte', '.ts', '.js', '.html']): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) texts.push(...readSources(path, extensions));
    else if (extensions.includes(extname(name))) texts.push(readFileSync(path, 'utf8'));
  }
  return texts;
}

/** Removes attribute selectors, strings and the arguments of functional pseudo-classes. */
function requiredPart(selector: string): string {
  let out = '';
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The classes a selector needs on the page to match anything. */
export function requiredClasses(selector: string): string[] {
  return [...requiredPart(selector).matchAll(/\.((?:[A-Za-z0-9_-]|\\.)+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

export function selectorIsUsed(selector: string, used: UsedClasses): boolean {
  return requiredClasses(selector).every((name) => used.tokens.has(name) || [...used.prefixes].some((prefix) => name.startsWith(prefix)));
}

// The little of PostCSS's node API this plugin touches (PostCSS itself comes with Vite).
interface CssNode {
  type: string;
  parent?: CssContainer | undefined;
  remove(): void;
}
interface CssContainer extends CssNode {
  nodes?: CssNode[];
}
interface CssRule extends CssContainer {
  selectors: string[];
}
interface CssAtRule extends CssContainer {
  name: string;
  params: string;
  nodes?: CssNode[];
}
interface CssDeclaration extends CssNode {
  prop: string;
  value: string;
}
interface CssRoot extends CssContainer {
  source?: { input: { file?: string } };
  walkRules(callback: (rule: CssRule) => void): void;
  walkAtRules(callback: (atRule: CssAtRule) => void): void;
  walkDecls(callback: (declaration: CssDeclaration) => void): void;
}

/** Applies the purge to a parsed stylesheet. */
export function purgeRoot(root: CssRoot, used: UsedClasses): void {
  root.walkRules((rule) => {
    // Keyframe steps ("from", "50%") are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as CssAtRule).name)) return;
    const kept = rule.selectors.filter((selector) => selectorIsUsed(selector, used));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // Groups left empty, innermost first.
  const groups: CssAtRule[] = [];
  root.walkAtRules((atRule) => {
    if (atRule.nodes && !/keyframes$/.test(atRule.name)) groups.push(atRule);
  });
  for (const group of groups.reverse()) if (group.nodes!.length === 0) group.remove();
  // Fonts and animations that no kept rule refers to.
  const values: string[] = [];
  root.walkDecls((declaration) => {
    const inFontFace = declaration.parent?.type === 'atrule' && (declaration.parent as CssAtRule).name === 'font-face';
    if (!inFontFace && /^(font|font-family|animation|animation-name)$/.test(declaration.prop)) values.push(declaration.value);
  });
  const referenced = usedClassesIn(values).tokens;
  root.walkAtRules((atRule) => {
    if (/keyframes$/.test(atRule.name) && !referenced.has(atRule.params.trim())) atRule.remove();
  });
  root.walkAtRules((atRule) => {
    if (atRule.name !== 'font-face') return;
    let family = '';
    for (const node of atRule.nodes ?? []) {
      const declaration = node as CssDeclaration;
      if (declaration.prop === 'font-family') family = declaration.value.replace(/["']/g, '').trim();
    }
    if (family && !values.some((value) => value.includes(family))) atRule.remove();
  });
}

/**
 * A PostCSS plugin (for Vite's `css.postcss.plugins`) purging the stylesheets whose file name matches `only`,
 * against the sources under `sourceDir` as they are when the stylesheet is processed.
 */
export function purgeUnusedCss(options: { only: RegExp; sourceDir: string }) {
  return {
    postcssPlugin: 'ospita-purge-unused-css',
    Once(root: CssRoot) {
      if (options.only.test(root.source?.input.file ?? '')) purgeRoot(root, usedClassesIn(readSources(options.sourceDir)));
    },
  };
}
