// npm run bench: builds, serves the build with `vite preview` (demo Ark), drives Chromium and
// prints the figures as a table; writes them to bench-results/bench.json.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'
import { startVite } from '../server/testing/startVite.ts'
import { initialBundleSize } from './bench/bundleSize.ts'
import { median } from './bench/median.ts'
import { firstScreenShares } from './bench/bundleReport.ts'
import { navigationToFirstRow } from './bench/measureFirstRow.ts'
import { archiveFigures, reloadToFirstRow, type ArchiveFigures } from './bench/measureArchive.ts'
import { filterChangeToNewRows, tableVisits } from './bench/measureTable.ts'
import { viewerChunkBytes, viewerLoad, type ViewerLoad } from './bench/measureViewer.ts'
import { downloadFigures, FAR_HOST_RATE } from './bench/measureDownload.ts'
import { growthChart, type Growth } from './bench/growthChart.ts'
import { keeperFigures, pacedKeeping } from './bench/measureKeeper.ts'
import { peersSideBySide, type PeerTimes } from './bench/measurePeers.ts'
import {
  automaticPictures,
  BEFORE_AUTOMATIC_PICTURES,
  buildEarlierCheckout,
  picturesOnRequest,
  type PicturesRun,
} from './bench/measureThumbnails.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const VIEWER_RUNS = Number(process.env.BENCH_VIEWER_RUNS ?? 3)
/** The table's figures are tens of ms with a frame's worth of spread: more runs, ~1 s each. */
const TABLE_RUNS = Math.max(RUNS, 9)
const PORT = 5195
const DEV_PORT = 5187
const EARLIER_PORT = 5186
const NOW_PORT = 5167
const KEEPER_PORT = 5168
const PACED_PORT = 5169
const BUNDLE_REPORT = 'bench-results/bundle-report.json'
/** Medians of at least five, as the peers' comparison asks. */
const PEER_RUNS = Math.max(5, Number(process.env.BENCH_PEER_RUNS ?? 5))
const PEER_RATE = 2 * 1024 ** 2
/** Archives a daily user (500 tasks a day) reaches in ten days, six weeks and seven months. */
const ARCHIVE_SIZES = [5_000, 20_000, 100_000]

interface Figure {
  name: string
  value: number
  unit: string
  note?: string
}

/**
 * A page of 40 demo results until every picture shows: automatic pictures in this build against
 * "Make thumbnails" in the build before them, served side by side, runs interleaved. Each build has
 * a demo Ark of its own, fresh, so both pages list the same results: the bench's other figures
 * create large models on the main server, which would otherwise fill this build's page.
 */
async function pictureFigures(browser: Browser): Promise<Figure[]> {
  const current = await startVite({ port: NOW_PORT, preview: true })
  const earlier = await startVite({
    port: EARLIER_PORT,
    preview: true,
    root: buildEarlierCheckout(BEFORE_AUTOMATIC_PICTURES),
    env: { ARK3D_BROWSER_MIRROR: 'off' },
  })
  const runs = Math.max(1, Math.min(RUNS, 3))
  const now: PicturesRun[] = []
  const before: PicturesRun[] = []
  try {
    for (let i = 0; i < runs; i++) {
      before.push(await picturesOnRequest(browser, earlier.url))
      now.push(await automaticPictures(browser, current.url))
    }
  } finally {
    await Promise.all([earlier.stop(), current.stop()])
  }
  const pick = (list: PicturesRun[], key: keyof PicturesRun) => median(list.map((run) => run[key]))
  const note = (list: PicturesRun[]) => `median of ${runs}; ${pick(list, 'pictures')} pictures`
  return [
    {
      name: 'thumbnails, page of 40',
      value: pick(now, 'ms'),
      unit: 'ms',
      note: `${note(now)}; ${(pick(before, 'ms') / pick(now, 'ms')).toFixed(2)}× faster than before`,
    },
    {
      name: 'thumbnails, page of 40, before (Make thumbnails)',
      value: pick(before, 'ms'),
      unit: 'ms',
      note: note(before),
    },
    {
      name: 'thumbnails, page of 40: longest main-thread task',
      value: pick(now, 'longestTask'),
      unit: 'ms',
      note: `median of ${runs}`,
    },
    {
      name: 'thumbnails, page of 40, before: longest main-thread task',
      value: pick(before, 'longestTask'),
      unit: 'ms',
      note: `median of ${runs}`,
    },
  ]
}

/**
 * ark3d opening each result (its zip) against bare three.js and model-viewer loading the GLB in
 * it, then ark3d and bare three over a host paced at 2 MB/s per connection.
 */
async function peerFigures(browser: Browser, url: string): Promise<Figure[]> {
  const figures: Figure[] = []
  const note = (times: number[], against?: number[], who = '') =>
    `median of ${times.length}` + (against ? `; ${(median(times) / median(against)).toFixed(2)}× ${who}` : '')
  const near = await peersSideBySide(browser, url, PEER_RUNS, { modelViewer: true })
  for (const [model, t] of Object.entries(near) as Array<[string, Required<PeerTimes>]>)
    figures.push(
      {
        name: `peers, ${model}: ark3d zip → pixels`,
        value: median(t.ark3d),
        unit: 'ms',
        note: `${note(t.ark3d, t.bareThree, 'bare three')}, ${(median(t.ark3d) / median(t.modelViewer)).toFixed(2)}× model-viewer`,
      },
      {
        name: `peers, ${model}: bare three GLB → pixels`,
        value: median(t.bareThree),
        unit: 'ms',
        note: note(t.bareThree),
      },
      {
        name: `peers, ${model}: model-viewer GLB → pixels`,
        value: median(t.modelViewer),
        unit: 'ms',
        note: note(t.modelViewer),
      },
    )
  const paced = await startVite({
    port: PACED_PORT,
    preview: true,
    env: { ARK3D_AUTO_PICTURES: 'off', ARK3D_BROWSER_MIRROR: 'off', ARK_DEMO_FILE_RATE: String(PEER_RATE) },
  })
  try {
    const far = await peersSideBySide(browser, paced.url, PEER_RUNS, { modelViewer: false, rate: PEER_RATE })
    for (const [model, t] of Object.entries(far))
      figures.push(
        {
          name: `paced 2 MB/s, ${model}: ark3d zip → pixels`,
          value: median(t.ark3d),
          unit: 'ms',
          note: note(t.ark3d, t.bareThree, 'bare three'),
        },
        {
          name: `paced 2 MB/s, ${model}: bare three GLB → pixels`,
          value: median(t.bareThree),
          unit: 'ms',
          note: note(t.bareThree),
        },
      )
  } finally {
    await paced.stop()
  }
  return figures
}

async function main() {
  console.log('building…')
  await mkdir('bench-results', { recursive: true })
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ARK3D_BUNDLE_REPORT: BUNDLE_REPORT },
  })
  const shares = await firstScreenShares('dist', BUNDLE_REPORT)
  const figures: Figure[] = []
  const growth: Growth[] = []
  const size = await initialBundleSize('dist')
  figures.push(
    { name: 'initial JS', value: size.jsBytes, unit: 'bytes' },
    { name: 'initial JS (gzip)', value: size.jsGzipBytes, unit: 'bytes' },
    { name: 'initial CSS', value: size.cssBytes, unit: 'bytes' },
    { name: 'initial CSS (gzip)', value: size.cssGzipBytes, unit: 'bytes' },
  )

  // Automatic pictures would draw beside every other figure: they are measured on their own.
  const preview = await startVite({ port: PORT, preview: true, env: { ARK3D_AUTO_PICTURES: 'off' } })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    /** Median of RUNS visits after one that warms the server (the demo's zips, the dev server's transforms). */
    const firstRowMedian = async (url: string) => {
      await navigationToFirstRow(browser, url)
      const runs: number[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await navigationToFirstRow(browser, url))
      return median(runs)
    }
    const firstRow = await firstRowMedian(preview.url)
    figures.push({
      name: 'npm start (production build): navigation → first row',
      value: firstRow,
      unit: 'ms',
      note: `median of ${RUNS}`,
    })
    // What npm start gave before it served the build: the dev server, warmed by one visit.
    const dev = await startVite({ port: DEV_PORT })
    try {
      const fromDev = await firstRowMedian(dev.url)
      figures.push({
        name: 'npm run dev: navigation → first row',
        value: fromDev,
        unit: 'ms',
        note: `median of ${RUNS}; ${(fromDev / firstRow).toFixed(2)}× npm start`,
      })
    } finally {
      await dev.stop()
    }
    const fromSaved: number[] = []
    for (let i = 0; i < RUNS; i++) fromSaved.push(await reloadToFirstRow(browser, preview.url))
    figures.push({
      name: 'reload → first row (saved list)',
      value: median(fromSaved),
      unit: 'ms',
      note: `median of ${RUNS}; ${(median(fromSaved) / firstRow).toFixed(2)}× a first visit`,
    })

    const filter500: number[] = []
    for (let i = 0; i < TABLE_RUNS; i++) filter500.push(await filterChangeToNewRows(browser, preview.url, 500))
    const visits = await tableVisits(browser, preview.url, TABLE_RUNS)
    // The same visits with Chromium's software compositor: each frame is then not drawn and swapped
    // through SwiftShader's GL (20–60 ms a frame on this machine), closer to what a GPU costs.
    const softBrowser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--disable-gpu-compositing'],
    })
    const soft = await tableVisits(softBrowser, preview.url, TABLE_RUNS).finally(() => softBrowser.close())
    // The first visits as the runs before 2026-12-06 made them: with Playwright's own feature list,
    // each new window also loads the address bar's popup pages beside the page (see findChromium.mjs).
    const popupsBrowser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--disable-features=')),
    })
    const withPopups = await tableVisits(popupsBrowser, preview.url, TABLE_RUNS, { returning: false }).finally(() =>
      popupsBrowser.close(),
    )
    const [r50, r500] = [median(visits.first50), median(visits.first500)]
    const tableNote = `median of ${TABLE_RUNS}`
    figures.push(
      { name: 'response → rendered 50-row page', value: r50, unit: 'ms', note: tableNote },
      {
        name: 'response → rendered 500-row page',
        value: r500,
        unit: 'ms',
        note: `${tableNote}; ${(r500 / r50).toFixed(2)}× the 50-row page`,
      },
      {
        name: 'returning visit: response → rendered 50-row page',
        value: median(visits.returning50),
        unit: 'ms',
        note: `median of ${TABLE_RUNS}; ${(median(visits.returning50) / r50).toFixed(2)}× a first visit`,
      },
      {
        name: 'returning visit: response → rendered 500-row page',
        value: median(visits.returning500),
        unit: 'ms',
        note: `median of ${TABLE_RUNS}; ${(median(visits.returning500) / r500).toFixed(2)}× a first visit`,
      },
      ...(
        [
          ['first', '50', soft.first50],
          ['first', '500', soft.first500],
          ['returning', '50', soft.returning50],
          ['returning', '500', soft.returning500],
        ] as const
      ).map(([visit, rows, values]) => ({
        name: `software compositor, ${visit} visit: response → rendered ${rows}-row page`,
        value: median(values),
        unit: 'ms',
        note: `median of ${TABLE_RUNS}`,
      })),
      ...(
        [
          ['50', withPopups.first50],
          ['500', withPopups.first500],
        ] as const
      ).map(([rows, values]) => ({
        name: `address bar's popup pages loading beside it, first visit: response → rendered ${rows}-row page`,
        value: median(values),
        unit: 'ms',
        note: `median of ${TABLE_RUNS}`,
      })),
      { name: 'filter change → new rows (500/page)', value: median(filter500), unit: 'ms', note: tableNote },
    )
    growth.push({ what: 'list response → rendered page', from: '50 rows', to: '500 rows', work: 10, cost: r500 / r50 })

    // The large model: a ~37 MB zip (one 60 MB GLB) against the same GLB served bare, same run.
    const zipped: ViewerLoad[] = []
    const bare: ViewerLoad[] = []
    await viewerLoad(browser, preview.url, 'large-glb') // warm-up: builds and caches the demo files
    await viewerLoad(browser, preview.url, 'large-glb-bare')
    for (let i = 0; i < VIEWER_RUNS; i++) {
      zipped.push(await viewerLoad(browser, preview.url, 'large-glb'))
      bare.push(await viewerLoad(browser, preview.url, 'large-glb-bare'))
    }
    const pick = (loads: ViewerLoad[], key: keyof ViewerLoad) => median(loads.map((l) => l[key]))
    const note = `median of ${VIEWER_RUNS}`
    for (const key of ['fetch', 'unzip', 'parse', 'firstFrame'] as const) {
      figures.push({
        name: `large zip: ${key === 'firstFrame' ? 'first frame' : key}`,
        value: pick(zipped, key),
        unit: 'ms',
        note,
      })
    }
    const [zipTotal, bareTotal] = [pick(zipped, 'total'), pick(bare, 'total')]
    figures.push(
      {
        name: 'large zip → first frame',
        value: zipTotal,
        unit: 'ms',
        note: `${note}; ${(zipTotal / bareTotal).toFixed(2)}× the bare GLB`,
      },
      { name: 'bare GLB → first frame (fetch + parse)', value: bareTotal, unit: 'ms', note },
      {
        name: 'longest main-thread task (zip path)',
        value: Math.max(...zipped.map((l) => l.longestTask)),
        unit: 'ms',
        note: `worst of ${VIEWER_RUNS}`,
      },
    )
    figures.push({
      name: 'large zip → first frame, pixels done (readPixels)',
      value: pick(zipped, 'pixelsDone'),
      unit: 'ms',
      note: `${note}; the animation-frame clock says ${pick(zipped, 'total').toFixed(0)} ms`,
    })

    // How the model's cost grows with its faces: about 200 k (Seed3D "high") and 1 M, zip and bare GLB.
    const faces: Record<string, { zip: ViewerLoad[]; bare: ViewerLoad[] }> = {}
    for (const size of ['200k', '1m'] as const) {
      await viewerLoad(browser, preview.url, `faces-${size}`) // warm-up: builds the files
      faces[size] = { zip: [], bare: [] }
      for (let i = 0; i < VIEWER_RUNS; i++) {
        faces[size].zip.push(await viewerLoad(browser, preview.url, `faces-${size}`))
        faces[size].bare.push(await viewerLoad(browser, preview.url, `faces-${size}-bare`))
      }
      const { zip, bare: bareLoads } = faces[size]
      figures.push(
        {
          name: `${size} faces: zip → first frame (pixels done)`,
          value: pick(zip, 'pixelsDone'),
          unit: 'ms',
          note: `${note}; ${(pick(zip, 'pixelsDone') / pick(bareLoads, 'pixelsDone')).toFixed(2)}× the bare GLB; rAF clock ${pick(zip, 'total').toFixed(0)} ms`,
        },
        {
          name: `${size} faces: longest main-thread task`,
          value: Math.max(...zip.map((l) => l.longestTask)),
          unit: 'ms',
          note: `worst of ${VIEWER_RUNS}; median ${pick(zip, 'longestTask').toFixed(0)} ms`,
        },
      )
    }
    growth.push({
      what: 'model zip → first frame (pixels done)',
      from: '200 k faces',
      to: '1 M faces',
      work: 4.97,
      cost: pick(faces['1m']!.zip, 'pixelsDone') / pick(faces['200k']!.zip, 'pixelsDone'),
    })

    // Against what a user would use instead: the same models, the same browser and clock.
    figures.push(...(await peerFigures(browser, preview.url)))

    // The library at what a daily user reaches in weeks, months and seven months (500 tasks a day).
    // After the models: importing 100,000 tasks leaves the browser busy for a while, and would slow them.
    const archiveRuns = Math.max(1, Math.min(RUNS, 3))
    const archives: Record<number, ArchiveFigures> = {}
    for (const tasks of ARCHIVE_SIZES) {
      const runs: ArchiveFigures[] = []
      for (let i = 0; i < archiveRuns; i++) runs.push(await archiveFigures(browser, preview.url, tasks))
      const pickArchive = (key: keyof ArchiveFigures) => median(runs.map((run) => run[key]))
      archives[tasks] = {
        tasks,
        importMs: pickArchive('importMs'),
        firstPageMs: pickArchive('firstPageMs'),
        filterMs: pickArchive('filterMs'),
        searchMs: pickArchive('searchMs'),
        page100Ms: pickArchive('page100Ms'),
        heapPeakMb: Math.max(...runs.map((run) => run.heapPeakMb)),
        heapAfterMb: Math.max(...runs.map((run) => run.heapAfterMb)),
      }
      const a = archives[tasks]
      const n = tasks.toLocaleString('en')
      const note = `median of ${archiveRuns}`
      figures.push(
        { name: `library import, ${n} tasks`, value: a.importMs, unit: 'ms', note },
        { name: `library first page (${n} tasks, 500/page)`, value: a.firstPageMs, unit: 'ms', note },
        { name: `library filter change, ${n} tasks`, value: a.filterMs, unit: 'ms', note },
        { name: `library search, ${n} tasks`, value: a.searchMs, unit: 'ms', note },
        { name: `library page 99 → 100 (${n} tasks, 50/page)`, value: a.page100Ms, unit: 'ms', note },
        {
          name: `tab JS heap, ${n} tasks: peak in import / after`,
          value: a.heapPeakMb,
          unit: 'MB',
          note: `${a.heapAfterMb.toFixed(1)} MB after (GC); worst of ${archiveRuns}`,
        },
      )
    }
    const [small, large] = [archives[ARCHIVE_SIZES[0]!]!, archives[ARCHIVE_SIZES.at(-1)!]!]
    const archiveCosts = {
      importMs: 'library import',
      firstPageMs: 'library first page',
      filterMs: 'library filter change',
      searchMs: 'library search',
      page100Ms: 'library page 99 → 100',
    } as const
    for (const [key, what] of Object.entries(archiveCosts) as [keyof typeof archiveCosts, string][])
      growth.push({
        what,
        from: `${small.tasks.toLocaleString('en')} tasks`,
        to: `${large.tasks.toLocaleString('en')} tasks`,
        work: large.tasks / small.tasks,
        cost: large[key] / small[key],
      })

    figures.push(...(await pictureFigures(browser)))

    const chunk = await viewerChunkBytes('dist')
    figures.push(
      { name: 'viewer chunk', value: chunk.bytes, unit: 'bytes' },
      { name: 'viewer chunk (gzip)', value: chunk.gzip, unit: 'bytes' },
    )
  } finally {
    await browser.close()
    await preview.stop()
  }

  // Downloads at link speed: a far host (paced per connection), one connection against four.
  const download = await downloadFigures(Math.max(1, Math.min(RUNS, 3)))
  figures.push(
    { name: `40 MB zip, 1 connection (${FAR_HOST_RATE}/s each)`, value: download.one, unit: 'ms' },
    {
      name: `40 MB zip, 4 ranged connections (${FAR_HOST_RATE}/s each)`,
      value: download.four,
      unit: 'ms',
      note: `${(download.one / download.four).toFixed(2)}× faster than one`,
    },
  )
  growth.push({
    what: '40 MB zip from a far host',
    from: '1 connection',
    to: '4 connections',
    work: 4,
    cost: download.four / download.one,
  })

  // The server's keeper streaming ten large results to disk: memory must not grow with them.
  const keeper = await keeperFigures(KEEPER_PORT)
  figures.push(
    {
      name: 'keeper peak RSS, ten 40 MB zips',
      value: keeper.peakRssMb,
      unit: 'MB',
      note: `the server's peak before them: ${keeper.baselineRssMb.toFixed(0)} MB`,
    },
    { name: 'keeper: ten 40 MB zips kept', value: keeper.ms, unit: 'ms' },
  )
  const paced = await pacedKeeping(KEEPER_PORT, [1, 4])
  figures.push(
    { name: 'keeper: 200 results at 2 MB/s, 1 download at a time', value: paced[1]!, unit: 'ms' },
    {
      name: 'keeper: 200 results at 2 MB/s, 4 at a time',
      value: paced[4]!,
      unit: 'ms',
      note: `${(paced[1]! / paced[4]!).toFixed(2)}× faster than one`,
    },
  )

  console.table(
    figures.map((f) => ({ figure: f.name, value: Math.round(f.value * 10) / 10, unit: f.unit, note: f.note ?? '' })),
  )
  console.log("What the first screen's JS holds (largest 15; gzip of each module alone):")
  console.table(
    shares.slice(0, 15).map((share) => ({
      what: share.what,
      KB: Math.round(share.bytes / 102.4) / 10,
      'gzip KB': Math.round(share.gzipAlone / 102.4) / 10,
    })),
  )
  console.log('How cost grows (ratios in this run):')
  console.table(
    growth.map((g) => ({
      cost: g.what,
      step: `${g.from} → ${g.to}`,
      work: `${g.work.toFixed(2)}×`,
      grows: `${g.cost.toFixed(2)}×`,
    })),
  )
  await writeFile(
    'bench-results/bench.json',
    JSON.stringify({ at: new Date().toISOString(), figures, growth, firstScreen: shares }, null, 2),
  )
  // The README shows the chart from e2e/screenshots, where its other pictures live.
  for (const path of ['bench-results/growth.svg', 'e2e/screenshots/bench-growth.svg'])
    await writeFile(path, growthChart(growth))
  console.log('written to bench-results/bench.json and growth.svg')
}

await main()
