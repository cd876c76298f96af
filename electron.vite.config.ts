import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Large imports extract claims in a worker thread (electron/services/build-claims.ts).
          'extract-worker': resolve(__dirname, 'electron/services/extract-worker.ts'),
          // The command line, built so that bin/claimdesk.js runs with production dependencies only.
          cli: resolve(__dirname, 'electron/cli/entry.ts'),
          // The claim search index is built and queried in a worker thread (electron/services/claim-search.ts).
          'search-worker': resolve(__dirname, 'electron/services/search-worker.ts'),
          // Related-claim linking runs in a worker thread too (electron/services/related.ts).
          'related-worker': resolve(__dirname, 'electron/services/related-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load node_modules: bundle everything it imports.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: process.env.CLAIMDESK_NO_MINIFY ? false : true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
