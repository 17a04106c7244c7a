import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Each layer may import only what sits below it; a wrong import fails lint, not review.
const layerRules = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})
// The layers that run a host: none of them may be reached from below.
const HOST_LAYERS = ['**/electron/**', '**/server/**', '**/cli/**', '**/hosts/**']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRules([
        {
          group: ['**/db/**', ...HOST_LAYERS, 'node:*', 'better-sqlite3', 'kysely', 'electron'],
          message: 'The renderer talks to the backend only through the typed API.',
        },
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layerRules([
      {
        group: [
          '**/db/**',
          ...HOST_LAYERS,
          '**/renderer/**',
          'node:*',
          'better-sqlite3',
          'kysely',
          'electron',
          'react',
        ],
        message: 'shared/ is pure: schemas, contract and engine only.',
      },
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: layerRules([
      {
        group: [...HOST_LAYERS, '**/renderer/**', 'electron'],
        message: 'db/ knows nothing of hosts or UI.',
      },
    ]),
  },
  {
    files: ['server/**/*.ts', 'cli/**/*.ts'],
    // `blockwise serve` is the one command that is a host: it starts hosts/team.
    ignores: ['cli/serve.command.ts'],
    rules: layerRules([
      {
        group: ['electron', '**/electron/**', '**/hosts/**', '**/renderer/**'],
        message:
          'The backend and the command line run in plain Node under any host; no host or Electron here.',
      },
    ]),
  },
  {
    files: ['cli/serve.command.ts'],
    rules: layerRules([
      {
        group: ['electron', '**/electron/**', '**/renderer/**', '**/hosts/browser/**'],
        message: 'blockwise serve starts the team server (hosts/team) and nothing else.',
      },
    ]),
  },
  {
    files: ['hosts/**/*.ts'],
    rules: layerRules([
      {
        group: ['electron', '**/electron/**', '**/renderer/**'],
        message: 'The web hosts run in plain Node; only electron/ loads Electron.',
      },
    ]),
  },
  {
    // Only the desktop shell may load Electron.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['tests/unit/electron/**'],
    rules: layerRules([{ group: ['electron'], message: 'Only electron/ imports electron.' }]),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
