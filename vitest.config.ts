import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'bin/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    // Setup hooks build a worker bundle or seed a workspace: on a loaded 2-core machine that
    // passed vitest's 10 s default (cli/report.test's beforeAll). A limit, never a measure.
    hookTimeout: 60000,
    pool: 'forks',
  },
})
