import type { Browser, CDPSession, Page } from 'playwright-core'
import { syntheticArchive, syntheticTaskId } from '../../e2e/support/syntheticArchive.ts'
import { median } from './median.ts'
import { statusChangeToNewRows } from './measureTable.ts'

const FIRST_ROW_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('tbody tr[data-task-id]')) {
      window.__firstRowAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

/**
 * ms from navigation to the first row on a reload, when the last list was saved by this browser:
 * the rows come from IndexedDB, before Ark answers.
 */
export async function reloadToFirstRow(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(FIRST_ROW_PROBE)
  // The table asked for: a picture made on the first visit would open the second as the gallery.
  await page.goto(`${baseUrl}/?layout=table`)
  await page.waitForSelector('tbody tr[data-task-id]')
  await page.waitForFunction(`new Promise((resolve) => {
    const open = indexedDB.open('ark3d-archive:demo')
    open.onsuccess = () => {
      const get = open.result.transaction('kv').objectStore('kv').get('query-cache')
      get.onsuccess = () => resolve(typeof get.result === 'string')
    }
  })`)
  await page.reload()
  await page.waitForSelector('tbody tr[data-task-id]')
  const at = await page.evaluate<number>('window.__firstRowAt')
  await context.close()
  return at
}

export interface ArchiveFigures {
  tasks: number
  /** Import of the whole archive, from choosing the file to the report (Playwright's clock). */
  importMs: number
  /** Ark → Library source switch → the library's first 500 rows painted. */
  firstPageMs: number
  /** Status filter change → new rows, in the library at 500 rows per page: the median of five statuses. */
  filterMs: number
  /** A search typed at once (words of the failed tasks' error) → new rows, at 500 rows per page: the median of five. */
  searchMs: number
  /** Next page from page 99 to page 100 at 50 rows per page → its rows painted. */
  page100Ms: number
  /** The tab's JavaScript heap: the most seen during the import, and after it and the reads above (after a GC). */
  heapPeakMb: number
  heapAfterMb: number
}

/** ms from `act` to a painted table whose first row is no longer the one shown before. */
function actionToNewRows(page: Page, act: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const before = document.querySelector('tbody tr[data-task-id]')?.dataset.taskId
    const start = performance.now()
    const observer = new MutationObserver(() => {
      const row = document.querySelector('tbody tr[data-task-id]')
      if (!row || row.dataset.taskId === before || document.querySelector('[data-scroll="tasks"][data-stale]')) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    ${act}
  })`)
}

/** Sets the library's search as a paste would, through the setter React listens behind. */
const typeInSearch = (text: string) =>
  `(() => {
    const input = document.querySelector('input[aria-label="Search the library"]')
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)})
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })()`

/**
 * The filter and search changes timed per import, each a query not asked before (an answer
 * already asked for shows from the cache): the median of these is the run's figure.
 */
const STATUSES = ['failed', 'succeeded', 'cancelled', 'running', 'queued']
/** Each matches the failed tasks' error ("InternalServiceError", "Generation failed."). */
const SEARCHES = ['generation', 'internalservice', 'generation failed', 'failed.', 'internalserviceerror']

/**
 * Resolves once the page has gone `quietMs` without a long task and is idle: what it does after
 * a load (reading the library, drawing, loading the filters' code) is over, so only a change is timed.
 */
const untilQuiet = (page: Page, quietMs = 500) =>
  page.evaluate(`new Promise((resolve) => {
    let last = performance.now()
    new PerformanceObserver((list) => { if (list.getEntries().length) last = performance.now() }).observe({ type: 'longtask' })
    const check = () => performance.now() - last >= ${quietMs} ? requestIdleCallback(() => resolve(undefined)) : setTimeout(check, 100)
    check()
  })`)

const clickByLabel = (label: string) =>
  `[...document.querySelectorAll('button, [role=radio]')].find((b) => (b.getAttribute('aria-label') ?? b.textContent).startsWith(${JSON.stringify(label)})).click()`

async function heapMb(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
}

/**
 * Imports a synthetic export of `count` tasks into a fresh profile, then times what a user does
 * with that archive: open it, change the status filter, page deep into it.
 */
export async function archiveFigures(browser: Browser, baseUrl: string, count: number): Promise<ArchiveFigures> {
  const file = await syntheticArchive(count)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  // The list mirror's writes would re-read the library in the middle of a timed change, and the
  // demo results' pictures, drawn in a worker by a software GPU, would take the machine's two cores.
  await context.addInitScript(() => {
    localStorage.setItem('ark3d:mirror', 'off')
    localStorage.setItem('ark3d:pictures', 'off')
  })
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  await session.send('Performance.enable')
  await page.goto(`${baseUrl}/?layout=table&view=library&page_size=500`)
  await page.getByRole('radio', { name: /^Library \(/ }).waitFor()
  await page.getByText('Storage, pictures, export and import').click()
  let heapPeakMb = await heapMb(session)
  let importing = true
  const sampling = (async () => {
    while (importing) {
      heapPeakMb = Math.max(heapPeakMb, await heapMb(session))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const started = Date.now()
  await page.getByLabel('Import library').setInputFiles(file)
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 300_000 })
  const importMs = Date.now() - started
  importing = false
  await sampling
  await page.waitForSelector(`tbody tr[data-task-id="${syntheticTaskId(0)}"]`)

  // The synthetic tasks were made after the demo's: the archive's first row is synthetic, the live list's is not.
  await page.goto(`${baseUrl}/?layout=table&page_size=500`)
  await page.waitForSelector('tbody tr[data-task-id]:not([data-task-id^="cgt-bench-"])')
  // Let the live page finish its own work (recording the list, thumbnails) so only the switch is timed.
  await untilQuiet(page)
  const firstPageMs = await actionToNewRows(page, clickByLabel('Library'))
  // The library's Status filter is in its Filters popover: opened first, so only the change is timed.
  await page.getByRole('button', { name: /^Filters/ }).click()
  const filterTimes: number[] = []
  for (const status of STATUSES) {
    await untilQuiet(page)
    filterTimes.push(await statusChangeToNewRows(page, status))
  }
  await page.goto(`${baseUrl}/?layout=table&view=library&page_size=500`)
  await page.waitForSelector(`tbody tr[data-task-id="${syntheticTaskId(0)}"]`)
  const searchTimes: number[] = []
  for (const words of SEARCHES) {
    await untilQuiet(page)
    searchTimes.push(await actionToNewRows(page, typeInSearch(words)))
    await actionToNewRows(page, typeInSearch(''))
  }

  await page.goto(`${baseUrl}/?layout=table&view=library&page_size=50&page_num=99`)
  await page.waitForSelector('tbody tr[data-task-id]')
  await untilQuiet(page)
  const page100Ms = await actionToNewRows(page, clickByLabel('Next page'))

  await session.send('HeapProfiler.collectGarbage')
  const heapAfterMb = await heapMb(session)
  await context.close()
  return {
    tasks: count,
    importMs,
    firstPageMs,
    filterMs: median(filterTimes),
    searchMs: median(searchTimes),
    page100Ms,
    heapPeakMb,
    heapAfterMb,
  }
}
