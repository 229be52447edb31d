import type { Browser, Page } from 'playwright-core'
import { statusLook } from '../../src/features/tasks/taskStatuses.ts'

/**
 * ms from the end of the list response (resource timing) to the rendered page of `pageSize` rows
 * (the table reports the row count and a frame has been painted).
 */
export async function responseToRenderedPage(browser: Browser, baseUrl: string, pageSize: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await context.addInitScript(RENDERED_PAGE_PROBE)
  const page = await context.newPage()
  const elapsed = await visitToRenderedPage(page, baseUrl, pageSize)
  await context.close()
  return elapsed
}

/**
 * The same, for a returning user: a visit after two others in the same profile, so the offline
 * shell serves the code and V8 has it compiled. The page size is one the earlier visits did not
 * ask for, so no saved list is shown before Ark answers.
 */
export async function returningResponseToRenderedPage(
  browser: Browser,
  baseUrl: string,
  pageSize: number,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' })
  await context.addInitScript(RENDERED_PAGE_PROBE)
  const page = await context.newPage()
  const warmUpSize = 20
  await visitUntilRendered(page, baseUrl, warmUpSize)
  // The offline shell installs a few seconds after the page loads, once the page is idle.
  let timer: ReturnType<typeof setTimeout> | undefined
  const noShell = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('The offline shell did not install within 60 s.')), 60_000)
  })
  await Promise.race([page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), noShell]).finally(() =>
    clearTimeout(timer),
  )
  // Drawn from the list the first visit saved, with or without a request of its own: not timed.
  await visitUntilRendered(page, baseUrl, warmUpSize)
  const elapsed = await visitToRenderedPage(page, baseUrl, pageSize)
  await context.close()
  return elapsed
}

export interface TableVisits {
  first50: number[]
  first500: number[]
  returning50: number[]
  returning500: number[]
}

/**
 * `runs` of each, interleaved: response → rendered page for 50 and 500 rows, on a first visit and
 * (unless `returning` is false) on a returning one (the offline shell serving code V8 has compiled
 * before, ~8 s a run).
 */
export async function tableVisits(
  browser: Browser,
  baseUrl: string,
  runs: number,
  { returning = true } = {},
): Promise<TableVisits> {
  const visits: TableVisits = { first50: [], first500: [], returning50: [], returning500: [] }
  for (let i = 0; i < runs; i++) {
    visits.first50.push(await responseToRenderedPage(browser, baseUrl, 50))
    visits.first500.push(await responseToRenderedPage(browser, baseUrl, 500))
    if (!returning) continue
    visits.returning50.push(await returningResponseToRenderedPage(browser, baseUrl, 50))
    visits.returning500.push(await returningResponseToRenderedPage(browser, baseUrl, 500))
  }
  return visits
}

/** Marks the next animation frame after the table holds `page_size` rows and shows some. */
const RENDERED_PAGE_PROBE = `(() => {
  const size = Number(new URLSearchParams(location.search).get('page_size'))
  const observer = new MutationObserver(() => {
    const table = document.querySelector('[data-scroll="tasks"] table')
    if (table && Number(table.getAttribute('aria-rowcount')) === size + 1 && document.querySelector('tbody tr[data-task-id]')) {
      observer.disconnect()
      requestAnimationFrame(() => (window.__renderedAt = performance.now()))
    }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

async function visitUntilRendered(page: Page, baseUrl: string, pageSize: number): Promise<void> {
  await page.goto(`${baseUrl}/?layout=table&page_size=${pageSize}`)
  await page.waitForFunction(() => (window as unknown as { __renderedAt?: number }).__renderedAt !== undefined)
}

/** For a page size this browser context has saved no list for: its rows come with a request. */
async function visitToRenderedPage(page: Page, baseUrl: string, pageSize: number): Promise<number> {
  await visitUntilRendered(page, baseUrl, pageSize)
  const elapsed = await page.evaluate((size) => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/api/ark/contents/generations/tasks') && e.name.includes(`page_size=${size}`)) as
      PerformanceResourceTiming | undefined
    return entry && (window as unknown as { __renderedAt: number }).__renderedAt - entry.responseEnd
  }, pageSize)
  if (elapsed === undefined) throw new Error(`The ${pageSize}-row page was drawn with no list request to time.`)
  return elapsed
}

/** ms from a Status filter change to the new rows painted (request, response and render). */
export async function filterChangeToNewRows(browser: Browser, baseUrl: string, pageSize: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/?layout=table&page_size=${pageSize}`)
  await page.waitForSelector('tbody tr[data-task-id]')
  const elapsed = await statusChangeToNewRows(page)
  await context.close()
  return elapsed
}

/** On a page showing rows: ms from choosing a Status ("failed" unless said) to only its rows painted. */
export function statusChangeToNewRows(page: Page, status = 'failed'): Promise<number> {
  const label = statusLook(status).label
  // A string, not a function: tsx would wrap named helpers in __name(), which the page lacks.
  return page.evaluate<number>(`new Promise((resolve) => {
    const select = [...document.querySelectorAll('select')].find((s) => s.getAttribute('aria-label') === 'Status' || s.closest('label')?.textContent?.startsWith('Status'))
    const start = performance.now()
    const observer = new MutationObserver(() => {
      const badges = [...document.querySelectorAll('tbody tr[data-task-id] [data-status]')]
      const done = badges.length > 0 && badges.every((b) => b.textContent.includes('${label}')) && !document.querySelector('[data-scroll="tasks"][data-stale]')
      if (!done) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    select.value = '${status}'
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })`)
}
