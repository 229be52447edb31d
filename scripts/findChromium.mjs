import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/**
 * The browser the tests and the benchmark drive: CHROMIUM_PATH when set, Playwright's own
 * Chromium when it was downloaded, else a system Chromium (Debian's `chromium`).
 * Returns undefined when none is found.
 */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core')
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // playwright-core not installed yet
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path))
}

/** Flags for headless Chromium on a machine with no GPU and a closed network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
