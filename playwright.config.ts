import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Generous limits, never used as assertions of speed: CI shares 2 cores between
  // Chromium instances and vitest. Waits are for states, not for the clock.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  use: { trace: 'off' },
  outputDir: '.tmp/test-results',
})
