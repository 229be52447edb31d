import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Browser } from 'playwright-core'
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
export async function reloadToFirstRow(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(FIRST_ROW_PROBE)
  await page.goto(url)
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

const STATUSES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'cancelled', 'running', 'queued'] as const
const ENDPOINTS = ['ep-20251001103022-q7m2x', 'ep-20251112094511-h4k8p', 'ep-20251120080808-b2n6c']

/** An exported archive of `count` tasks over the last months, as the Export button writes it. */
async function syntheticArchive(count: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const tasks = Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!
    const createdAt = now - i * 1800
    const raw = {
      id: `cgt-bench-${String(i).padStart(6, '0')}`,
      model: i % 2 ? 'doubao-seed3d-2-0-251115' : 'doubao-seed3d-1-0-250928',
      status,
      created_at: createdAt,
      updated_at: createdAt + 300,
      content: status === 'succeeded' ? { file_url: `https://ark-files.example/${i}.zip` } : {},
      fileformat: 'glb',
      subdivisionlevel: 'medium',
      usage: { completion_tokens: 30000, total_tokens: 30000 },
      ...(status === 'failed' ? { error: { code: 'InternalServiceError', message: 'Generation failed.' } } : {}),
    }
    return {
      id: raw.id,
      raw,
      status,
      createdAt,
      endpoints: [ENDPOINTS[i % ENDPOINTS.length]!],
      firstSeenAt: createdAt * 1000,
      lastSeenAt: createdAt * 1000 + 60_000,
    }
  })
  const zip = new JSZip()
  zip.file(
    'archive.json',
    JSON.stringify({ format: 'ark3d-archive', version: 1, exportedAt: new Date().toISOString(), tasks }),
  )
  const path = join(await mkdtemp(join(tmpdir(), 'ark3d-bench-')), 'archive.zip')
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }))
  return path
}

export interface ArchiveFigures {
  /** Import of the whole archive, from choosing the file to the report (Playwright's clock). */
  importMs: number
  /** Status filter change → new rows, in the archive view at 500 rows per page. */
  filterMs: number
}

export async function archiveFigures(browser: Browser, baseUrl: string, count: number): Promise<ArchiveFigures> {
  const file = await syntheticArchive(count)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/?view=archive&page_size=500`)
  const started = Date.now()
  await page.getByLabel('Import archive').setInputFiles(file)
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 })
  const importMs = Date.now() - started
  await page.waitForSelector('tbody tr[data-task-id]')
  const filterMs = await statusChangeToNewRows(page)
  await context.close()
  return { importMs, filterMs }
}
