import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { demoControl } from './demoControl.ts'

/** Creates a succeeded demo task whose result is `zipKind`. */
export async function createResult(request: APIRequestContext, zipKind: string, fileformat = 'glb') {
  return (await demoControl(request).createTask({ queuedSeconds: 0, runningSeconds: 0, zipKind, fileformat })) as {
    id: string
    content: { file_url: string }
  }
}

/** Creates a succeeded demo task whose result is `zipKind`, and opens it. */
export async function openResult(page: Page, request: APIRequestContext, zipKind: string, fileformat = 'glb') {
  const task = await createResult(request, zipKind, fileformat)
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  return task
}

export const viewer = (page: Page) => page.locator('[data-viewer]')

export async function expectRendered(page: Page) {
  await expect(viewer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 })
}

/** Share of canvas pixels that differ clearly from the dark background: the model is drawn. */
export async function drawnShare(page: Page): Promise<number> {
  return page.locator('canvas[aria-label="3D preview"]').evaluate((canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')!
    context.drawImage(canvas, 0, 0)
    const { data } = context.getImageData(0, 0, copy.width, copy.height)
    let drawn = 0
    for (let i = 0; i < data.length; i += 4) {
      const diff = Math.max(Math.abs(data[i]! - 27), Math.abs(data[i + 1]! - 31), Math.abs(data[i + 2]! - 36))
      if (diff > 60) drawn++
    }
    return drawn / (data.length / 4)
  })
}

export async function fact(page: Page, label: string): Promise<string> {
  return (await page.locator(`[data-fact="${label}"] dd`).innerText()).trim()
}

/** The renderer's geometry and texture counts (lighting included), for checking that nothing leaks. */
export async function gpuMemory(page: Page): Promise<string> {
  return (await viewer(page).first().locator('canvas').first().getAttribute('data-gpu-memory')) ?? ''
}

export const factNumber = async (page: Page, label: string) => Number((await fact(page, label)).replace(/[^\d]/g, ''))

/** A 24 × 24 grey thumbnail of a 3D canvas: enough to tell one picture from another. */
export async function canvasSignature(page: Page, name = '3D preview', side = 24): Promise<number[]> {
  return page.getByRole('img', { name, exact: true }).evaluate((canvas: HTMLCanvasElement, side) => {
    const copy = document.createElement('canvas')
    copy.width = copy.height = side
    const context = copy.getContext('2d', { willReadFrequently: true })!
    context.drawImage(canvas, 0, 0, side, side)
    const { data } = context.getImageData(0, 0, side, side)
    const grey: number[] = []
    for (let i = 0; i < data.length; i += 4) grey.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3)
    return grey
  }, side)
}

/** Mean absolute difference of two signatures, 0–255. */
export const pictureDistance = (a: number[], b: number[]) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length

export async function chooseDisplay(page: Page, label: string) {
  await page
    .getByRole('toolbar', { name: 'Viewer' })
    .getByRole('button', { name: /^Display:/ })
    .click()
  await page.getByRole('menuitemradio', { name: label }).click()
  await expect(page.getByRole('menu')).toBeHidden()
}

export async function openInspectorTab(page: Page, name: string) {
  await page
    .getByRole('tablist', { name: 'Inspector' })
    .getByRole('tab', { name: new RegExp(`^${name}`) })
    .click()
}

/** Resolves after the page has drawn `count` more frames: a wait on the page's own progress, not on time. */
export function afterFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next))
        requestAnimationFrame(next)
      }),
    count,
  )
}

/** The canvas's signature once two looks a few frames apart agree: the picture has settled. */
export async function settledSignature(page: Page, name?: string): Promise<number[]> {
  let last = await canvasSignature(page, name)
  await expect
    .poll(async () => {
      await afterFrames(page, 5)
      const next = await canvasSignature(page, name)
      const moved = pictureDistance(next, last)
      last = next
      return moved
    })
    .toBeLessThan(0.05)
  return last
}

/** The renderer's counts once they hold across frames: the model and its lighting are all uploaded. */
export async function settledGpuMemory(page: Page): Promise<string> {
  let last = await gpuMemory(page)
  await expect
    .poll(async () => {
      await afterFrames(page, 10)
      const next = await gpuMemory(page)
      const same = next === last && /^[1-9]\d* geometries/.test(next)
      last = next
      return same
    })
    .toBe(true)
  return last
}
