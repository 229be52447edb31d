// npm run bench: builds, serves the build with `vite preview` (demo Ark), drives Chromium and
// prints the figures as a table; writes them to bench-results/bench.json.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'
import { startVite } from '../server/testing/startVite.ts'
import { initialBundleSize } from './bench/bundleSize.ts'
import { navigationToFirstRow } from './bench/measureFirstRow.ts'
import { filterChangeToNewRows, responseToRenderedPage } from './bench/measureTable.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const PORT = 5195

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

interface Figure {
  name: string
  value: number
  unit: string
  note?: string
}

async function main() {
  console.log('building…')
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' })
  const figures: Figure[] = []
  const size = await initialBundleSize('dist')
  figures.push(
    { name: 'initial JS', value: size.jsBytes, unit: 'bytes' },
    { name: 'initial JS (gzip)', value: size.jsGzipBytes, unit: 'bytes' },
    { name: 'initial CSS', value: size.cssBytes, unit: 'bytes' },
    { name: 'initial CSS (gzip)', value: size.cssGzipBytes, unit: 'bytes' },
  )

  const preview = await startVite({ port: PORT, preview: true })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    await navigationToFirstRow(browser, preview.url) // warm-up: the demo zips and caches
    const firstRow: number[] = []
    for (let i = 0; i < RUNS; i++) firstRow.push(await navigationToFirstRow(browser, preview.url))
    figures.push({ name: 'navigation → first row', value: median(firstRow), unit: 'ms', note: `median of ${RUNS}` })

    const render50: number[] = []
    const render500: number[] = []
    const filter500: number[] = []
    for (let i = 0; i < RUNS; i++) {
      render50.push(await responseToRenderedPage(browser, preview.url, 50))
      render500.push(await responseToRenderedPage(browser, preview.url, 500))
      filter500.push(await filterChangeToNewRows(browser, preview.url, 500))
    }
    const [r50, r500] = [median(render50), median(render500)]
    figures.push(
      { name: 'response → rendered 50-row page', value: r50, unit: 'ms', note: `median of ${RUNS}` },
      {
        name: 'response → rendered 500-row page',
        value: r500,
        unit: 'ms',
        note: `median of ${RUNS}; ${(r500 / r50).toFixed(2)}× the 50-row page`,
      },
      { name: 'filter change → new rows (500/page)', value: median(filter500), unit: 'ms', note: `median of ${RUNS}` },
    )
  } finally {
    await browser.close()
    await preview.stop()
  }

  console.table(
    figures.map((f) => ({ figure: f.name, value: Math.round(f.value * 10) / 10, unit: f.unit, note: f.note ?? '' })),
  )
  await mkdir('bench-results', { recursive: true })
  await writeFile('bench-results/bench.json', JSON.stringify({ at: new Date().toISOString(), figures }, null, 2))
  console.log('written to bench-results/bench.json')
}

await main()
