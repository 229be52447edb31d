import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const NODE_SIDE = { group: ['**/server/**', 'node:*'], message: 'src/ talks to server/ over HTTP only.' }
const FEATURES = ['tasks', 'viewer', 'archive', 'create']
// Features meet only in app/: none imports another, not even through its index.ts.
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features meet only in app/: compose them there, or move what they share to api/, lib/ or components/.',
}))
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
    plugins: { 'import-x': importX, '@tanstack/query': pluginQuery },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...pluginQuery.configs['flat/recommended'][0].rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/api', './src/lib', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'api/, lib/ and components/ are below the features: they import none of them, nor app/.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import app/: app/ composes them.',
            },
          ],
        },
      ],
    },
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
