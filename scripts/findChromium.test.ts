import { existsSync, readFileSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'

const executablePath = findChromium()

async function omniboxPopupPages(browser: Browser): Promise<string[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('data:text/html,<p>a page</p>')
  const cdp = await browser.newBrowserCDPSession()
  // The window's WebUI pages are made with it; a second lets a late one show.
  await page.waitForTimeout(1000)
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> }
  await context.close()
  return targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://omnibox-popup'))
}

describe.skipIf(!executablePath)('the Chromium the tests and the bench drive', () => {
  let server: Awaited<ReturnType<typeof chromium.launchServer>>
  beforeAll(async () => {
    server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS })
  })
  afterAll(() => server.close())

  test.skipIf(!existsSync('/proc/self/cmdline'))(
    "keeps Playwright's disabled features: Chromium reads only the last --disable-features",
    () => {
      const commandLine = readFileSync(`/proc/${server.process().pid}/cmdline`, 'utf8').split('\0')
      const lists = commandLine
        .filter((arg) => arg.startsWith('--disable-features='))
        .map((arg) => arg.slice('--disable-features='.length).split(','))
      expect(lists.length).toBeGreaterThan(1)
      const effective = new Set(lists.at(-1))
      expect(lists.flat().filter((name) => !effective.has(name))).toEqual([])
    },
  )

  test("opens no address-bar popup pages beside the page under test, where Playwright's defaults do", async (context) => {
    const withDefaults = await chromium.launch({ executablePath, args: ['--use-angle=swiftshader'] })
    const opened = await omniboxPopupPages(withDefaults).finally(() => withDefaults.close())
    // A Chromium that no longer makes them leaves nothing to turn off (and nothing to check).
    if (opened.length === 0) context.skip()
    const browser = await chromium.connect(server.wsEndpoint())
    try {
      expect(await omniboxPopupPages(browser)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
