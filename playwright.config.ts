import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/findChromium.mjs'

const DEMO_PORT = 5180
const FAULTS_PORT = 5181
const PROXIED_PORT = 5182
const VIEWER_PORT = 5183
const UNREACHABLE_PORT = 5184
/** Nothing listens here: the Ark of the "unreachable" project. */
export const CLOSED_ARK_PORT = 5185
const VIEWER_DIST = 'node_modules/.ark3d-e2e-dist'
export const PROXIED_ARK_PORT = 5189
export const PROXIED_ARK_KEY = 'sk-e2e-canary-9d2b4f61'

const vite = (port: number, env: Record<string, string> = {}) => ({
  command: `node_modules/.bin/vite --port ${port} --strictPort`,
  url: `http://127.0.0.1:${port}/api/server-info`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { ARK_API_KEY: '', ...env },
})

export default defineConfig({
  testDir: 'e2e',
  // Tests make their own demo tasks or read endpoints no test writes to; the fault tests are serial.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'demo',
      testIgnore: [
        'faults.spec.ts',
        'proxied.spec.ts',
        'viewer.spec.ts',
        'inspector.spec.ts',
        'archive.spec.ts',
        'results.spec.ts',
        'accessibility.spec.ts',
        'screenshots.spec.ts',
        'unreachable.spec.ts',
      ],
      use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` },
    },
    // The viewer runs on the production build (vite preview, same server plugin): the path users
    // get, with the decoders and the unzip worker as emitted by the build, and twice as fast to load.
    {
      name: 'viewer',
      testMatch: [
        'viewer.spec.ts',
        'inspector.spec.ts',
        'archive.spec.ts',
        'results.spec.ts',
        'accessibility.spec.ts',
        'screenshots.spec.ts',
      ],
      use: { baseURL: `http://127.0.0.1:${VIEWER_PORT}` },
    },
    { name: 'faults', testMatch: 'faults.spec.ts', use: { baseURL: `http://127.0.0.1:${FAULTS_PORT}` } },
    { name: 'proxied', testMatch: 'proxied.spec.ts', use: { baseURL: `http://127.0.0.1:${PROXIED_PORT}` } },
    {
      name: 'unreachable',
      testMatch: 'unreachable.spec.ts',
      use: { baseURL: `http://127.0.0.1:${UNREACHABLE_PORT}` },
    },
  ],
  webServer: [
    vite(DEMO_PORT),
    vite(FAULTS_PORT),
    vite(UNREACHABLE_PORT, {
      ARK_API_KEY: 'sk-e2e-unreachable',
      ARK_BASE_URL: `http://127.0.0.1:${CLOSED_ARK_PORT}/api/v3`,
    }),
    {
      command: `node_modules/.bin/vite build --outDir ${VIEWER_DIST} --emptyOutDir --logLevel error && node_modules/.bin/vite preview --outDir ${VIEWER_DIST} --port ${VIEWER_PORT} --strictPort`,
      url: `http://127.0.0.1:${VIEWER_PORT}/api/server-info`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ARK_API_KEY: '', NODE_ENV: 'production' },
    },
    {
      command: `node_modules/.bin/tsx e2e/support/startProxied.ts`,
      url: `http://127.0.0.1:${PROXIED_PORT}/api/server-info`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PROXIED_PORT: String(PROXIED_PORT), PROXIED_ARK_PORT: String(PROXIED_ARK_PORT), PROXIED_ARK_KEY },
    },
  ],
})
