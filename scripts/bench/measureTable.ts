import type { Browser, Page } from 'playwright-core'

/**
 * ms from the end of the list response (resource timing) to the rendered page of `pageSize` rows
 * (the table reports the row count and a frame has been painted).
 */
export async function responseToRenderedPage(browser: Browser, baseUrl: string, pageSize: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript((size) => {
    const w = window as unknown as { __renderedAt?: number }
    const observer = new MutationObserver(() => {
      const table = document.querySelector('table.task-table')
      if (
        table &&
        Number(table.getAttribute('aria-rowcount')) === size + 1 &&
        document.querySelector('tbody tr[data-task-id]')
      ) {
        observer.disconnect()
        requestAnimationFrame(() => (w.__renderedAt = performance.now()))
      }
    })
    observer.observe(document, { childList: true, subtree: true, attributes: true })
  }, pageSize)
  await page.goto(`${baseUrl}/?page_size=${pageSize}`)
  await page.waitForFunction(() => (window as unknown as { __renderedAt?: number }).__renderedAt !== undefined)
  const elapsed = await page.evaluate((size) => {
    const entry = performance
      .getEntriesByType('resource')
      .find(
        (e) => e.name.includes('/api/ark/contents/generations/tasks') && e.name.includes(`page_size=${size}`),
      ) as PerformanceResourceTiming
    return (window as unknown as { __renderedAt: number }).__renderedAt - entry.responseEnd
  }, pageSize)
  await context.close()
  return elapsed
}

/** ms from a Status filter change to the new rows painted (request, response and render). */
export async function filterChangeToNewRows(browser: Browser, baseUrl: string, pageSize: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/?page_size=${pageSize}`)
  await page.waitForSelector('tbody tr[data-task-id]')
  const elapsed = await statusChangeToNewRows(page)
  await context.close()
  return elapsed
}

/** On a page showing rows: ms from choosing Status "failed" to only failed rows painted. */
export function statusChangeToNewRows(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap named helpers in __name(), which the page lacks.
  return page.evaluate<number>(`new Promise((resolve) => {
    const select = [...document.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.startsWith('Status'))
    const start = performance.now()
    const observer = new MutationObserver(() => {
      const badges = [...document.querySelectorAll('tbody tr[data-task-id] .status-badge')]
      const done = badges.length > 0 && badges.every((b) => b.textContent.includes('Failed')) && !document.querySelector('.table-scroll.is-stale')
      if (!done) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    select.value = 'failed'
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })`)
}
