import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
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
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.js') })],
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      target: 'chrome130',
      minify: true,
      assetsInlineLimit: 0,
      sourcemap: process.env.OSPITA_SOURCEMAP === '1',
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
