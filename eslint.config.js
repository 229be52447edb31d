import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

const NODE_SIDE = { group: ['**/server/**', 'node:*'], message: 'src/ talks to server/ over HTTP only.' }
const FEATURE_INTERNALS = {
  regex: '^(\\.\\./)+(tasks|viewer|archive)/(?!index\\.ts$)',
  message: 'A feature uses another only through its index.ts (data flows api → features → app).',
}
// Data flows one way in src/: api → features → app.
const restrictImports = (...patterns) => ['error', { patterns }]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'public'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/offline/serviceWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker, SHELL_FILES: 'readonly', SHELL_VERSION: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // The browser bundle never reaches into the node side.
      'no-restricted-imports': restrictImports(NODE_SIDE),
    },
  },
  {
    files: ['src/api/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(NODE_SIDE, {
        regex: '^(\\.\\./)+(features|app)/',
        message: 'api/, lib/ and components/ are below the features: they import none of them, nor app/.',
      }),
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(NODE_SIDE, FEATURE_INTERNALS, {
        regex: '^(\\.\\./)+app/',
        message: 'Features do not import app/: app/ composes them.',
      }),
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': restrictImports(NODE_SIDE, {
        regex: '^(\\.\\./|\\./)features/[^/]+/(?!index\\.ts$)',
        message: 'app/ composes features through their index.ts only.',
      }),
    },
  },
  {
    // Unit tests run in Node and are never bundled: they may build their fixtures with Node's modules.
    files: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        group: ['**/server/**'],
        message: 'src/ talks to server/ over HTTP only.',
      }),
    },
  },
)
