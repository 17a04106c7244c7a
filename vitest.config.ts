import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'
import { INSTALL_HINT, postgresBinDir } from './tests/support/pg-cluster.ts'

/**
 * The suites that run on both databases: the `postgres` project runs these files again with
 * BLOCKWISE_TEST_DIALECT=postgres, against a throwaway cluster (tests/support/pg-cluster.ts).
 * tests/integration/team holds what only a team database has (coaches, roles, live updates,
 * migrate), so it runs in the postgres project alone.
 */
const ON_BOTH = [
  'tests/integration/contract/**/*.test.ts',
  'tests/integration/db/database-json.test.ts',
  'tests/integration/db/session-reader.test.ts',
  'tests/integration/db/rows-by-key.test.ts',
  'tests/integration/handouts/handouts.test.ts',
]
const POSTGRES_ONLY = ['tests/integration/team/**/*.test.ts']

const withPostgres = postgresBinDir() !== null
if (!withPostgres) {
  if (process.env.BLOCKWISE_REQUIRE_POSTGRES === '1') throw new Error(INSTALL_HINT)
  console.warn(`\n${INSTALL_HINT}\nThe PostgreSQL half of the suites is skipped.\n`)
}

const postgresProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'postgres',
    include: [...ON_BOTH, ...POSTGRES_ONLY],
    env: { BLOCKWISE_TEST_DIALECT: 'postgres' },
    globalSetup: [
      'tests/support/build-cli.global-setup.ts',
      'tests/support/pg-cluster.global-setup.ts',
    ],
  },
}

export default defineConfig({
  test: {
    environment: 'node',
    // Many tests start real processes (the CLI, a browser host) and open real SQLite
    // files; on a busy 2-core CI machine that can take seconds. Speed is measured by npm run
    // bench, never by a test's time limit, so the limit only guards against a hang.
    testTimeout: 60_000,
    // Dropping a file's PostgreSQL databases (dozens for a property test) can take a while.
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          // Playwright specs live in tests/e2e and run under Playwright, not here.
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: POSTGRES_ONLY,
          globalSetup: ['tests/support/build-cli.global-setup.ts'],
        },
      },
      ...(withPostgres ? [postgresProject] : []),
    ],
  },
})
