import { defineConfig } from '@playwright/test'
import { E2E_PORTS } from './e2e/support/ports.ts'
import { CHROMIUM_ARGS, findChromium } from './scripts/findChromium.mjs'

const url = (port: number) => `http://127.0.0.1:${port}`

/**
 * Each project's server, with the table as the layout the user picked: once a picture exists the
 * app otherwise opens on the gallery, and most tests read rows. `e2e/pictures.spec.ts` starts bare.
 */
const on = (port: number) => ({
  baseURL: url(port),
  storageState: {
    cookies: [],
    origins: [{ origin: url(port), localStorage: [{ name: 'ark3d:layout', value: '"table"' }] }],
  },
})

export default defineConfig({
  testDir: 'e2e',
  // Tests make their own demo tasks or read endpoints no test writes to; the fault tests are serial.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A guard against a hung test, not a speed check (that is the bench): SwiftShader on 2 shared cores
  // takes 5–15 s per first model frame, and twice that when both workers draw at once.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 720 },
    // Recording a trace for every test took a third of the suite's CPU (DOM snapshots and a
    // screencast per action); a failure is traced on its retry instead.
    trace: 'on-first-retry',
    // The offline shell's install fetches and stores every built file (~13 MB) in each new context:
    // ~2 s of CPU per test that is not about it. Its own tests let it in (archive.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    // First: its serial tests mostly wait on Ark's timeouts and Retry-After, so one worker waits
    // through them while the other runs the rest (last, they left both cores idle for a minute).
    { name: 'faults', testMatch: 'faults.spec.ts', use: { ...on(E2E_PORTS.faults) } },
    {
      name: 'demo',
      testIgnore: [
        'faults.spec.ts',
        'proxied.spec.ts',
        'viewer.spec.ts',
        'inspector.spec.ts',
        'archive.spec.ts',
        'results.spec.ts',
        'storage-truth.spec.ts',
        'accessibility.spec.ts',
        'screenshots.spec.ts',
        'unreachable.spec.ts',
        'create.spec.ts',
        'keeper.spec.ts',
      ],
      use: { ...on(E2E_PORTS.demo) },
    },
    {
      name: 'viewer',
      testMatch: [
        'viewer.spec.ts',
        'inspector.spec.ts',
        'archive.spec.ts',
        'results.spec.ts',
        'storage-truth.spec.ts',
        'accessibility.spec.ts',
        'screenshots.spec.ts',
      ],
      use: { ...on(E2E_PORTS.viewer) },
    },
    { name: 'proxied', testMatch: 'proxied.spec.ts', use: { ...on(E2E_PORTS.proxied) } },
    { name: 'create', testMatch: 'create.spec.ts', use: { ...on(E2E_PORTS.create) } },
    { name: 'keeper', testMatch: 'keeper.spec.ts', use: { ...on(E2E_PORTS.keeper) } },
    {
      name: 'unreachable',
      testMatch: 'unreachable.spec.ts',
      use: { ...on(E2E_PORTS.unreachable) },
    },
  ],
  // One production build, previewed once per project (e2e/support/startServers.ts).
  webServer: {
    command: 'node_modules/.bin/tsx e2e/support/startServers.ts',
    url: `${url(E2E_PORTS.viewer)}/api/server-info`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
