import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'

/** A gallery page of 40 demo results, as a user opens it. */
export const PAGE_OF_40 = '/?layout=gallery&page_size=40&filter.status=succeeded'

/** The last commit whose pictures came only from "Make thumbnails": the bench's "before". */
export const BEFORE_AUTOMATIC_PICTURES = 'b73fbb7'

const lockOf = (dir: string) => readFileSync(join(dir, 'package-lock.json'), 'utf8')

/**
 * That commit checked out in a temporary folder (a git worktree) and built, so the bench can serve
 * it next to the current build in the same run. It shares this node_modules while the two lock
 * files agree, and has its own (`npm ci`) once they differ.
 */
export function buildEarlierCheckout(commit: string): string {
  const dir = join(tmpdir(), `ark3d-bench-${commit}`)
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { stdio: 'inherit' })
  const modules = join(dir, 'node_modules')
  const sameLock = lockOf(dir) === lockOf('.')
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink() && !sameLock) rmSync(modules)
  if (!existsSync(modules)) {
    if (sameLock) symlinkSync(resolve('node_modules'), modules)
    else
      execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
        cwd: dir,
        stdio: 'inherit',
      })
  }
  execFileSync(join(modules, '.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  return dir
}

/** Pictures stored in this profile's library. */
const storedPictures = (page: Page) =>
  page.evaluate<number>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('ark3d-archive:demo')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const count = open.result.transaction('thumbnails').objectStore('thumbnails').count()
      count.onsuccess = () => resolve(count.result)
    }
  })`)

const picturesShown = (page: Page) => page.locator('ul[aria-label="Results"] img').count()

/** Waits until every stored picture is on screen; returns how many. */
async function untilShown(page: Page): Promise<number> {
  const stored = await storedPictures(page)
  await page.waitForFunction((n) => document.querySelectorAll('ul[aria-label="Results"] img').length >= n, stored, {
    timeout: 60_000,
  })
  return picturesShown(page)
}

export interface PicturesRun {
  /** ms from navigation to the last picture on screen. */
  ms: number
  pictures: number
  /** The longest main-thread task meanwhile, ms: how long the page could not answer a click. */
  longestTask: number
}

const LONGEST_TASK = `(() => {
  window.__longestTask = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration)
  }).observe({ type: 'longtask', buffered: true })
})()`

async function openPage(browser: Browser, url: string, automatic: boolean) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  if (automatic) await context.addInitScript(() => localStorage.setItem('ark3d:pictures', 'on'))
  await context.addInitScript(LONGEST_TASK)
  const page = await context.newPage()
  const start = Date.now()
  await page.goto(url + PAGE_OF_40)
  return { context, page, start }
}

async function finish(run: Awaited<ReturnType<typeof openPage>>): Promise<PicturesRun> {
  const pictures = await untilShown(run.page)
  const ms = Date.now() - run.start
  const longestTask = await run.page.evaluate<number>('window.__longestTask')
  await run.context.close()
  return { ms, pictures, longestTask }
}

/** The page with automatic pictures on: from navigation until the quiet status has nothing left to draw. */
export async function automaticPictures(browser: Browser, url: string): Promise<PicturesRun> {
  const run = await openPage(browser, url, true)
  const status = run.page.getByRole('status').filter({ hasText: 'Drawing pictures' })
  await status.waitFor({ timeout: 60_000 })
  await status.waitFor({ state: 'detached', timeout: 600_000 })
  return finish(run)
}

/** The earlier build: from navigation, "Make thumbnails" and its confirmation, until its progress ends. */
export async function picturesOnRequest(browser: Browser, url: string): Promise<PicturesRun> {
  const run = await openPage(browser, url, false)
  const { page } = run
  await page.getByRole('button', { name: /^Make thumbnails \(\d+\)$/ }).click({ timeout: 60_000 })
  await page.getByRole('button', { name: /^Make \d+ thumbnails$/ }).click()
  const progress = page.getByRole('progressbar', { name: 'Making thumbnails' })
  await progress.waitFor({ timeout: 60_000 })
  await progress.waitFor({ state: 'detached', timeout: 600_000 })
  return finish(run)
}
