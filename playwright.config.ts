import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/findChromium.mjs'

const DEMO_PORT = 5180
const FAULTS_PORT = 5181
const PROXIED_PORT = 5182
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
  fullyParallel: false,
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
      testIgnore: ['faults.spec.ts', 'proxied.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` },
    },
    { name: 'faults', testMatch: 'faults.spec.ts', use: { baseURL: `http://127.0.0.1:${FAULTS_PORT}` } },
    { name: 'proxied', testMatch: 'proxied.spec.ts', use: { baseURL: `http://127.0.0.1:${PROXIED_PORT}` } },
  ],
  webServer: [
    vite(DEMO_PORT),
    vite(FAULTS_PORT),
    {
      command: `node_modules/.bin/tsx e2e/support/startProxied.ts`,
      url: `http://127.0.0.1:${PROXIED_PORT}/api/server-info`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PROXIED_PORT: String(PROXIED_PORT), PROXIED_ARK_PORT: String(PROXIED_ARK_PORT), PROXIED_ARK_KEY },
    },
  ],
})
