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

/**
 * Playwright 1.65's own `--disable-features` list (chromiumSwitches.ts). Chromium keeps only the
 * last `--disable-features` of a command line, so a list of ours must carry Playwright's too;
 * findChromium.test.ts fails, naming them, when Playwright's list has names this one lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * Chromium 156 gives every new headless window (each browser context) the address bar's popup as
 * two WebUI pages (chrome://omnibox-popup.top-chrome): a renderer that parses and runs their
 * scripts, ~1 s of CPU, while the page under test loads beside it on the same two cores. A user's
 * browser made its window long before it opened ark3d; a test's has just made it.
 */
const OMNIBOX_POPUP_PAGES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_PAGES].join(',')}`,
]
