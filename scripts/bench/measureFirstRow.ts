import type { Browser } from 'playwright-core'

/** ms from navigation start to the first task row in the DOM, in a fresh page each run. */
export async function navigationToFirstRow(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('tbody tr')) {
        ;(window as unknown as { __firstRowAt: number }).__firstRowAt = performance.now()
        observer.disconnect()
      }
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  await page.goto(url)
  await page.waitForSelector('tbody tr')
  const at = await page.evaluate(() => (window as unknown as { __firstRowAt: number }).__firstRowAt)
  await context.close()
  return at
}
