import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'bin/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    pool: 'forks',
  },
})
