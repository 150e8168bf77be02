import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { contentSecurityPolicyMeta } from './scripts/lib/csp-meta';
import { purgeUnusedCss } from './scripts/lib/purge-unused-css';
import { startupChunk } from './scripts/lib/startup-chunk';

export default defineConfig(({ command }) => ({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    // The screen the app opens on (the router's default route) is in the entry's chunk, not loaded after it.
    plugins: [
      svelte({ configFile: resolve(__dirname, 'svelte.config.js') }),
      startupChunk('src-renderer/features/offers/index.ts'),
      // index.html's <meta> policy comes from src-main/web-policy.mjs, like the headers.
      contentSecurityPolicyMeta(),
    ],
    worker: { format: 'es' },
    // The built app carries only the Bootstrap Italia rules its screens can use (about a tenth of the file):
    // less to load, parse and match at every start. The development server keeps the whole file.
    css: {
      postcss: {
        plugins: command === 'build' ? [purgeUnusedCss({ only: /bootstrap-italia\.min\.css$/, sourceDir: resolve(__dirname, 'src-renderer') })] : [],
      },
    },
    build: {
      outDir: 'out/renderer',
      target: 'chrome130',
      minify: true,
      assetsInlineLimit: 0,
      // One stylesheet for every screen (72 kB): one request at start, not one per chunk of the first screen.
      cssCodeSplit: false,
      sourcemap: process.env.OSPITA_SOURCEMAP === '1',
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
}));
