import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export interface ViewerLoad {
  fetch: number
  unzip: number
  parse: number
  firstFrame: number
  total: number
  /** Download start → the first frame's pixels finished (a 1-pixel readPixels waits for the GPU). */
  pixelsDone: number
  longestTask: number
}

/**
 * Opens a demo task of `zipKind` in a fresh page and splits the time from the start of the
 * download to the first frame, from the app's performance marks; also the longest main-thread
 * task seen meanwhile (Long Tasks API).
 */
export async function viewerLoad(browser: Browser, baseUrl: string, zipKind: string): Promise<ViewerLoad> {
  const created = await fetch(`${baseUrl}/api/demo/tasks`, {
    method: 'POST',
    body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind, fileformat: 'glb' }),
  })
  const task = (await created.json()) as { id: string }
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(`
    window.__longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]) })
      .observe({ type: 'longtask', buffered: true })
  `)
  await page.goto(`${baseUrl}/?filter.task_ids=${task.id}&task=${task.id}`)
  // Under SwiftShader the GPU keeps drawing long after requestAnimationFrame: the frame counts when
  // a readPixels after it returns, which waits for the drawing to finish.
  await page.waitForFunction(() => performance.getEntriesByName('ark3d:first-frame').length > 0, undefined, {
    timeout: 180_000,
    polling: 'raf',
  })
  const pixelsDoneAt = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label="3D preview"]')!
    const gl = canvas.getContext('webgl2')!
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
    return performance.now()
  })
  await page.waitForSelector('[data-viewer][data-state="ready"]', { timeout: 180_000 })
  const load = await page.evaluate<Omit<ViewerLoad, 'pixelsDone'> & { start: number }>(`(() => {
    const at = (name) => performance.getEntriesByName('ark3d:' + name).at(-1).startTime
    const start = at('fetch-start'), end = at('first-frame')
    const longest = Math.max(0, ...window.__longTasks.filter(([t, d]) => t + d >= start && t <= end).map(([, d]) => d))
    const unzipEnd = performance.getEntriesByName('ark3d:unzip-end').length ? at('unzip-end') : at('fetch-end')
    return {
      fetch: at('fetch-end') - start,
      unzip: unzipEnd - at('fetch-end'),
      parse: at('parse-end') - unzipEnd,
      firstFrame: end - at('parse-end'),
      total: end - start,
      longestTask: longest,
      start,
    }
  })()`)
  await context.close()
  const { start, ...figures } = load
  return { ...figures, pixelsDone: pixelsDoneAt - start }
}

/** The lazily loaded viewer chunk(s): ModelPreview and what only it imports. */
export async function viewerChunkBytes(distDir: string): Promise<{ bytes: number; gzip: number }> {
  const assets = join(distDir, 'assets')
  const names = (await readdir(assets)).filter((name) => /^ModelPreview-.*\.js$/.test(name))
  let bytes = 0
  let gzip = 0
  for (const name of names) {
    const content = await readFile(join(assets, name))
    bytes += (await stat(join(assets, name))).size
    gzip += gzipSync(content, { level: 9 }).length
  }
  return { bytes, gzip }
}
