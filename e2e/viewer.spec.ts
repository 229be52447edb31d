import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { glbFacts } from './support/assetFacts.ts'
import { demoControl } from './support/demoControl.ts'
import { listTasks, rows } from './support/tasksPage.ts'
import {
  canvasSignature,
  createResult,
  drawnShare,
  expectRendered,
  fact,
  factNumber,
  openResult,
  pictureDistance,
  viewer,
  gpuMemory,
  afterFrames,
  settledGpuMemory,
  settledSignature,
} from './support/viewer.ts'

// Each test makes its own demo task: they can run side by side.
test.describe.configure({ mode: 'parallel' })

const FORMATS = [
  { zipKind: 'glb-robot', fileformat: 'glb', file: 'robot_expressive.glb' },
  { zipKind: 'glb-plant', fileformat: 'glb', file: 'potted_plant.glb' },
  { zipKind: 'glb-variants', fileformat: 'glb', file: 'pocket_watch.glb' },
  { zipKind: 'obj', fileformat: 'obj', file: 'potted_plant.obj' },
  { zipKind: 'usdz', fileformat: 'usdz', file: 'alarm_clock.usdz' },
  { zipKind: 'usd', fileformat: 'usd', file: 'alarm_clock.usd' },
]

for (const format of FORMATS) {
  test(`renders a ${format.zipKind} result, lit and framed, with no request leaving this machine`, async ({
    page,
    request,
    baseURL,
  }) => {
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    await openResult(page, request, format.zipKind, format.fileformat)
    await expectRendered(page)
    await expect(page.getByRole('img', { name: '3D preview' })).toBeVisible()
    expect(await drawnShare(page)).toBeGreaterThan(0.02)
    expect(await factNumber(page, 'Triangles')).toBeGreaterThan(1000)
    await expect(
      page
        .getByRole('group', { name: 'Downloads' })
        .getByRole('link', { name: new RegExp(format.file.replace('.', '\\.')) })
        .first(),
    ).toBeVisible()
    const foreign = requested.filter((url) => !url.startsWith(baseURL!) && !/^(blob|data):/.test(url))
    expect(foreign).toEqual([])
    // The studio light comes prefiltered: the HDR itself is never fetched, nor prefiltered here.
    expect(requested.filter((url) => url.endsWith('.pmrem'))).toHaveLength(1)
    expect(requested.filter((url) => url.endsWith('.hdr'))).toEqual([])
  })
}

test.describe(() => {
  // The offline shell's service worker would answer the .pmrem from its cache, past page.route.
  test.use({ serviceWorkers: 'block' })
  test('the prefiltered studio light draws the same picture as prefiltering the HDR in the page', async ({
    page,
    request,
  }) => {
    const task = await createResult(request, 'glb-variants')
    const url = `/?filter.task_ids=${task.id}&task=${task.id}&view=model`
    const fineSignature = () => canvasSignature(page, '3D preview', 128)
    await page.goto(url)
    await expectRendered(page)
    const prefiltered = await fineSignature()

    // Without the file, the viewer prefilters the HDR itself (three's PMREM, as before the file).
    await page.route('**/*.pmrem', (route) => route.abort())
    const hdrFetched = page.waitForRequest((r) => r.url().endsWith('.hdr'))
    await page.goto(url)
    await hdrFetched
    await expectRendered(page)
    // Equal to within rounding; the same file unmirrored (three flips cube textures made from data)
    // lights the watch’s reflections differently, about 1 apart on this scale.
    expect(pictureDistance(prefiltered, await fineSignature())).toBeLessThan(0.3)
  })
})

/** The Textures fact for these image sizes (`w×h` each): the count, then the sizes grouped, in px. */
function texturesFact(sizes: string[]): string {
  if (sizes.length === 0) return 'none'
  const groups = new Map<string, number>()
  for (const size of sizes)
    groups.set(size.replace('×', ' × ') + ' px', (groups.get(size.replace('×', ' × ') + ' px') ?? 0) + 1)
  return `${sizes.length}: ${[...groups].map(([label, n]) => (n > 1 ? `${label} (${n})` : label)).join(', ')}`
}

test('facts match the asset, counted independently; the facts and the Textures tab count textures one way', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000)
  for (const [zipKind, asset] of [
    ['glb-robot', 'robot-expressive-animated.glb'],
    ['glb-plant', 'plant-draco.glb'],
    ['glb-variants', 'pocket-watch-meshopt-ktx2.glb'],
  ] as const) {
    const expected = await glbFacts(asset)
    await openResult(page, request, zipKind)
    await expectRendered(page)
    await expect.poll(() => factNumber(page, 'Triangles')).toBe(expected.triangles)
    expect(await factNumber(page, 'Vertices')).toBe(expected.vertices)
    expect(await factNumber(page, 'Meshes')).toBe(expected.meshes)
    if (expected.clips.length)
      expect(await fact(page, 'Animation clips')).toBe(`${expected.clips.length}: ${expected.clips.join(', ')}`)
    else expect(await fact(page, 'Animation clips')).toBe('none')
    expect(await fact(page, 'Textures'), asset).toBe(texturesFact(expected.textureSizes))
    await expect(page.getByRole('tab', { name: /^Textures/ })).toHaveText(
      expected.textureSizes.length ? `Textures (${expected.textureSizes.length})` : 'Textures (0)',
    )
    expect(await fact(page, 'Size (x × y × z)')).toMatch(/ m$/)
    await expect(page.locator('[data-fact="GPU memory"]')).toHaveCount(0)
    if (expected.textureSizes.length === 0) {
      await expect(page.locator('[data-fact="GPU texture memory"] dd')).toHaveText('none (no textures)')
      await expect(page.getByRole('list', { name: 'Hints' }).getByText(/No UVs/)).toHaveCount(0)
    }
  }

  // The alarm clock (USDZ): as many textures as the package holds images, and a size without a unit it does not state.
  const usdz = unzipSync(await readFile(new URL('../server/demo/assets/alarm-clock.usdz', import.meta.url)))
  const images = Object.keys(usdz).filter((name) => /\.(png|jpe?g)$/i.test(name))
  await openResult(page, request, 'usdz', 'usdz')
  await expectRendered(page)
  await expect.poll(() => fact(page, 'Textures')).toMatch(new RegExp(`^${images.length}: `))
  await expect(page.getByRole('tab', { name: /^Textures/ })).toHaveText(`Textures (${images.length})`)
  expect(await fact(page, 'Size (x × y × z)')).toMatch(/ units$/)
})

test('downloads are the bytes the demo Ark served, with no second download', async ({ page, request }) => {
  const task = await openResult(page, request, 'glb-variants')
  await expectRendered(page)
  const served = Buffer.from(
    await (await request.get(`/api/file?url=${encodeURIComponent(task.content.file_url)}`)).body(),
  )
  const fileRequests: string[] = []
  page.on('request', (r) => r.url().includes('/api/file') && fileRequests.push(r.url()))

  const downloads = page.getByRole('group', { name: 'Downloads' })
  const [zipDownload] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('link', { name: `Download ${task.id}.zip` }).click(),
  ])
  expect(zipDownload.suggestedFilename()).toBe(`${task.id}.zip`)
  expect((await readFile(await zipDownload.path())).equals(served)).toBe(true)

  const zip = unzipSync(served)
  for (const [path, name] of [
    ['pocket_watch/pbr/pocket_watch.glb', `${task.id}-pbr.glb`],
    ['pocket_watch/rgb/pocket_watch.glb', `${task.id}-rgb.glb`],
  ] as const) {
    const link = downloads.getByRole('link', { name: path })
    // Typed, so a browser opening it in a tab never sniffs it as a page.
    expect(await link.evaluate(async (a: HTMLAnchorElement) => (await (await fetch(a.href)).blob()).type)).toBe(
      'model/gltf-binary',
    )
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(name)
    expect((await readFile(await download.path())).equals(Buffer.from(zip[path]!))).toBe(true)
  }
  expect(fileRequests).toEqual([])
})

test('two variants get a switcher; switching back and forth frees what each held', async ({ page, request }) => {
  test.setTimeout(150_000)
  await openResult(page, request, 'glb-variants')
  await expectRendered(page)
  const variants = page.getByRole('radiogroup', { name: 'Variant' })
  await expect(variants.getByRole('radio')).toHaveText(['pbr', 'rgb'])
  const baseline = await settledGpuMemory(page)
  const pbrTextures = await fact(page, 'Textures')
  // A switch that leaks leaves a count above the baseline: three rounds show it as well as ten.
  for (let i = 0; i < 3; i++) {
    await variants.getByRole('radio', { name: 'rgb' }).click()
    await expectRendered(page)
    await expect.poll(() => fact(page, 'Textures')).not.toBe(pbrTextures)
    await variants.getByRole('radio', { name: 'pbr' }).click()
    await expectRendered(page)
  }
  await expect.poll(() => gpuMemory(page)).toBe(baseline)
})

test('viewer controls: each toggle, reset and screenshot has its effect; animation clips', async ({
  page,
  request,
}) => {
  const task = await openResult(page, request, 'glb-robot')
  await expectRendered(page)
  const toolbar = page.getByRole('toolbar', { name: 'Viewer' })
  const before = await drawnShare(page)
  await toolbar.getByRole('button', { name: /^Display:/ }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Wireframe' }).click()
  await page.keyboard.press('Escape')
  await expect.poll(() => drawnShare(page)).toBeLessThan(before)
  await toolbar.getByRole('button', { name: /^Display:/ }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Wireframe' }).click()
  await page.keyboard.press('Escape')
  await expect.poll(() => drawnShare(page)).toBeGreaterThan(before * 0.9)
  await toolbar.getByLabel('Background').selectOption('light')
  await expect(viewer(page)).toHaveAttribute('data-background', 'light')
  await toolbar.getByLabel('Background').selectOption('dark')

  // The robot's clip moves it: pause it, so only the toggles change the picture.
  const clips = page.getByRole('group', { name: 'Animation' })
  await clips.getByRole('button', { name: 'Pause' }).click()
  const withGrid = await settledSignature(page)
  await toolbar.getByLabel('Grid').uncheck()
  await expect.poll(async () => pictureDistance(await canvasSignature(page), withGrid)).toBeGreaterThan(0.3)
  await toolbar.getByLabel('Grid').check()
  await expect.poll(async () => pictureDistance(await canvasSignature(page), withGrid)).toBeLessThan(0.3)

  await toolbar.getByLabel('Auto-rotate').check()
  await expect.poll(async () => pictureDistance(await canvasSignature(page), withGrid)).toBeGreaterThan(2)
  await toolbar.getByLabel('Auto-rotate').uncheck()
  await toolbar.getByRole('button', { name: 'Reset view' }).click()
  await expect.poll(async () => pictureDistance(await canvasSignature(page), withGrid)).toBeLessThan(0.5)

  await toolbar.getByRole('button', { name: 'Fullscreen' }).click()
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-canvases') ?? ''))
    .toBe('single')
  await page.evaluate(() => document.exitFullscreen())
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull()

  const [shot] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: 'Screenshot (PNG)' }).click(),
  ])
  expect(shot.suggestedFilename()).toBe(`${task.id}.png`)
  expect((await readFile(await shot.path())).subarray(1, 4).toString()).toBe('PNG')

  // Paused, the picture holds still over many frames; playing, the robot moves.
  const paused = await settledSignature(page)
  await afterFrames(page, 30)
  expect(pictureDistance(await canvasSignature(page), paused)).toBeLessThan(0.3)
  await clips.getByRole('button', { name: 'Play' }).click()
  await expect.poll(async () => pictureDistance(await canvasSignature(page), paused)).toBeGreaterThan(0.5)
  await expect(clips.getByLabel('Animation clip').locator('option')).toHaveCount(14)
  await clips.getByLabel('Animation clip').selectOption({ index: 3 })
  await clips.getByRole('button', { name: 'Pause' }).click()
  await expect(clips.getByRole('button', { name: 'Play' })).toBeVisible()
})

test('the table page does not load the viewer chunk; opening a model does', async ({ page, request }) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  await page.goto('/')
  await expect(rows(page).first()).toBeVisible()
  expect(requested.filter((url) => /ModelPreview/.test(url))).toEqual([])
  await openResult(page, request, 'glb-plant')
  await expectRendered(page)
  expect(requested.some((url) => /ModelPreview-[\w-]+\.js$/.test(url))).toBe(true)
})

test.describe('errors stay in the viewer pane', () => {
  test('a file refused well before its 24 hours are up is not blamed on the cleanup', async ({ page, request }) => {
    const task = (await demoControl(request).createTask({
      queuedSeconds: 0,
      runningSeconds: 0,
      zipKind: 'glb-plant',
    })) as { id: string }
    await demoControl(request).expireFile(task.id)
    await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The file is gone')
    await expect(alert).toContainText(/refused the file \(403\) although 23 h \d+ min of its 24 hours are left/)
    await expect(alert).toContainText('Ark removed the file early, or the signed link was revoked')
    await expect(alert).not.toContainText('time ran out')
    await expect(rows(page).first()).toBeVisible()
  })

  test('a file past its 24 hours is blamed on the cleanup, with how long ago, and not asked for', async ({
    page,
    request,
  }) => {
    const { items } = await listTasks(request, 'page_size=500&filter.status=succeeded')
    const dayAgo = Date.now() / 1000 - 86_400 - 3_600
    const old = items.find((t) => t.content?.file_url && Number(t.updated_at) < dayAgo)!
    const fileRequests: string[] = []
    page.on('request', (r) => void (r.url().includes('/api/file?') && fileRequests.push(r.url())))
    await page.goto(`/?filter.task_ids=${old.id}&task=${old.id}`)
    // Known to be gone from the clock alone: said in the model's place, with no request for it.
    const note = page.getByRole('note', { name: 'The file is gone' })
    await expect(note).toContainText(
      /Ark deletes results 24 hours after the task finished, and this one's time ran out \d+ h \d+ min ago/,
    )
    await expect(note).toContainText('Its files were not saved here')
    expect(fileRequests).toEqual([])
  })

  for (const [zipKind, title, detail] of [
    ['corrupt-zip', 'The zip is damaged', /cannot be read|damaged/],
    ['no-model', 'No model in this zip', /README\.txt/],
    ['truncated-glb', 'The model could not be read', /robot_expressive\.glb/],
  ] as const) {
    test(`${zipKind}: a clear message, the rest of the page working`, async ({ page, request }) => {
      await openResult(page, request, zipKind)
      const alert = page.getByRole('alert')
      await expect(alert).toContainText(title)
      await expect(alert).toContainText(detail)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('combobox', { name: 'Status' })).toBeEnabled()
    })
  }

  test('a zip over the size limit is refused before it is unpacked', async ({ page, request }) => {
    await page.addInitScript(() => localStorage.setItem('ark3d:zipLimitBytes', '200000'))
    await openResult(page, request, 'glb-plant')
    await expect(page.getByRole('alert')).toContainText('The zip is too large to open')
    await expect(page.getByRole('alert')).toContainText('limit')
  })

  test('no WebGL: says so and still offers the downloads', async ({ page, request }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
    const task = await openResult(page, request, 'glb-plant')
    await expect(page.getByRole('alert')).toContainText('WebGL is not available')
    await expect(page.getByRole('link', { name: `Download ${task.id}.zip`, exact: true })).toBeVisible()
  })

  test('a shader the GPU will not link is said beside the model, with its log; the view stays', async ({
    page,
    request,
  }) => {
    // The link status is asked after the first frame drawn with each program (three's own check,
    // before it, made one long task per material): a GPU that refuses every program.
    await page.addInitScript(() => {
      const context = WebGL2RenderingContext.prototype
      const parameter = context.getProgramParameter
      context.getProgramParameter = function (this: WebGL2RenderingContext, program: WebGLProgram, name: number) {
        return name === this.LINK_STATUS ? false : parameter.call(this, program, name)
      }
      context.getProgramInfoLog = () => 'ERROR: too many uniforms for this GPU'
    })
    await openResult(page, request, 'glb-plant')
    const warning = page.locator('[data-viewer]').getByRole('status')
    await expect(warning).toContainText(/This GPU would not build (one shader|\d+ shaders)/)
    await expect(warning).toContainText('too many uniforms for this GPU')
    await expect(page.getByRole('img', { name: '3D preview' })).toBeVisible()
    await expect(page.getByRole('toolbar', { name: 'Viewer' })).toBeVisible()
    await warning.getByRole('button', { name: 'Dismiss' }).click()
    await expect(warning).toHaveCount(0)
  })

  test('a lost WebGL context is reported and the view can be restarted', async ({ page, request }) => {
    await openResult(page, request, 'glb-plant')
    await expectRendered(page)
    await page.locator('canvas[aria-label="3D preview"]').evaluate((canvas: HTMLCanvasElement) => {
      canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext()
    })
    await expect(page.getByRole('alert')).toContainText('context lost')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expectRendered(page)
    expect(await drawnShare(page)).toBeGreaterThan(0.02)
  })
})

test('a large result comes over four ranged connections, byte-identical; a host that ignores Range is read from one request', async ({
  page,
  request,
}) => {
  // The demo zips are small: treat anything from 64 KB on as large.
  await page.addInitScript(() => localStorage.setItem('ark3d:parallelFromBytes', String(64 * 1024)))
  for (const ignoresRange of [false, true]) {
    const task = (await demoControl(request).createTask({
      queuedSeconds: 0,
      runningSeconds: 0,
      zipKind: 'glb-variants',
      ignoresRange,
    })) as { id: string; content: { file_url: string } }
    const ranges: Array<string | undefined> = []
    const onRequest = (r: import('@playwright/test').Request) => {
      if (r.url().includes('/api/file')) ranges.push(r.headers()['range'])
    }
    page.on('request', onRequest)
    await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
    await expectRendered(page)
    page.off('request', onRequest)
    if (ignoresRange) expect(ranges).toEqual(['bytes=0-'])
    else {
      expect(ranges[0]).toBe('bytes=0-')
      expect(ranges.slice(1)).toHaveLength(3)
      for (const range of ranges.slice(1)) expect(range).toMatch(/^bytes=\d+-\d+$/)
    }
    const served = Buffer.from(
      await (await request.get(`/api/file?url=${encodeURIComponent(task.content.file_url)}`)).body(),
    )
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Downloads' })
        .getByRole('link', { name: `Download ${task.id}.zip` })
        .click(),
    ])
    expect((await readFile(await download.path())).equals(served)).toBe(true)
  }
})

test('the stored picture stands in for the model while it loads, and goes when the first frame is drawn', async ({
  page,
  request,
}) => {
  const task = await openResult(page, request, 'glb-plant')
  await expectRendered(page)
  await expect(page.getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible({ timeout: 20_000 })
  await page.addInitScript(() => {
    ;(window as unknown as { posterSeen: boolean }).posterSeen = false
    new MutationObserver(() => {
      if (document.querySelector('img[data-poster]')) (window as unknown as { posterSeen: boolean }).posterSeen = true
    }).observe(document, { childList: true, subtree: true })
  })
  await page.reload()
  await expectRendered(page)
  expect(await page.evaluate(() => (window as unknown as { posterSeen: boolean }).posterSeen)).toBe(true)
  await expect(page.locator('img[data-poster]')).toHaveCount(0)
})
