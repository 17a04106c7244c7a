import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run under Playwright, not here.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/build-cli.global-setup.ts'],
    // Many tests start real processes (the CLI, a browser host) and open real SQLite
    // files; on a busy 2-core CI machine that can take seconds. Speed is measured by npm run
    // bench, never by a test's time limit, so the limit only guards against a hang.
    testTimeout: 60_000,
  },
})
