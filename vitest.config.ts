import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run under Playwright, not here.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
  },
})
