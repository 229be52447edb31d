import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const base = 'http://127.0.0.1:5179'
const make = async (zipKind: string) =>
  (await (
    await fetch(`${base}/api/demo/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind }),
    })
  ).json()) as { id: string }
const plant = await make('glb-plant')
const robot = await make('glb-robot')
const watch = await make('glb-variants')
for (const [w, h, scheme] of [
  [1440, 900, 'dark'],
  [1440, 900, 'light'],
  [390, 844, 'dark'],
  [390, 844, 'light'],
] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme })
  await page.goto(`${base}/?filter.task_ids=${watch.id}&task=${watch.id}&view=model&display=clay&compare=variants`)
  await page.locator('.viewer-canvas[data-state="ready"]').nth(1).waitFor({ timeout: 90000 })
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/shot-compare-${w}-${scheme}.png` })
  await page.goto(`${base}/?filter.task_ids=${plant.id}&task=${plant.id}`)
  await page.locator('.viewer-canvas[data-state="ready"]').waitFor({ timeout: 90000 })
  await page.getByRole('tab', { name: /Textures/ }).click()
  await page.waitForTimeout(500)
  await page.getByRole('tablist', { name: 'Inspector' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `/tmp/shot-textures-${w}-${scheme}.png` })
  await page.locator('[data-texture]').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: `/tmp/shot-textures2-${w}-${scheme}.png` })
  await page.locator('[data-texture] button').nth(1).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/shot-texdialog-${w}-${scheme}.png` })
  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Export' }).click()
  await page.screenshot({ path: `/tmp/shot-export-${w}-${scheme}.png` })
  await page.goto(`${base}/?compare=${robot.id},${plant.id}`)
  await page.locator('.viewer-canvas[data-state="ready"]').nth(1).waitFor({ timeout: 90000 })
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/shot-compare2-${w}-${scheme}.png` })
  await page.close()
}
await browser.close()
