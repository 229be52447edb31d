import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../findChromium.mjs'
import { startVite } from '../../server/testing/startVite.ts'
import { median } from './median.ts'

/** A far host: each connection gets this many bytes per second (the demo file host paces them). */
export const FAR_HOST_RATE = '2mb'
const PORT = 5188

/**
 * Opens a `large-glb` task (a ~40 MB zip) with the download split over `connections` and returns
 * the time from the start of the download to its end (the app's `ark3d:fetch-*` marks).
 */
async function zipDownloadMs(browser: Browser, baseUrl: string, connections: number): Promise<number> {
  const created = await fetch(`${baseUrl}/api/demo/tasks`, {
    method: 'POST',
    body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'large-glb', fileformat: 'glb' }),
  })
  const task = (await created.json()) as { id: string }
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(`localStorage.setItem('ark3d:downloadConnections', '${connections}')`)
  await page.goto(`${baseUrl}/?filter.task_ids=${task.id}&task=${task.id}`)
  await page.waitForFunction(() => performance.getEntriesByName('ark3d:fetch-end').length > 0, undefined, {
    timeout: 180_000,
    polling: 100,
  })
  const ms = await page.evaluate(
    () =>
      performance.getEntriesByName('ark3d:fetch-end').at(-1)!.startTime -
      performance.getEntriesByName('ark3d:fetch-start').at(-1)!.startTime,
  )
  await context.close()
  return ms
}

/** The 40 MB zip from a rate-limited host over 1 and 4 connections, in one run. */
export async function downloadFigures(runs: number) {
  const server = await startVite({ port: PORT, preview: true, env: { ARK_DEMO_FILE_RATE: FAR_HOST_RATE } })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    await zipDownloadMs(browser, server.url, 4) // warm-up: the demo builds the large zip once
    const one: number[] = []
    const four: number[] = []
    for (let i = 0; i < runs; i++) {
      one.push(await zipDownloadMs(browser, server.url, 1))
      four.push(await zipDownloadMs(browser, server.url, 4))
    }
    return { one: median(one), four: median(four) }
  } finally {
    await browser.close()
    await server.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { one, four } = await downloadFigures(Number(process.env.BENCH_RUNS ?? 2))
  console.log(
    `40 MB zip at ${FAR_HOST_RATE}/s per connection: 1 connection ${(one / 1000).toFixed(1)} s, 4 connections ${(four / 1000).toFixed(1)} s (${(one / four).toFixed(2)}× faster)`,
  )
}
