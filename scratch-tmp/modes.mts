import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '/work/main/scripts/findChromium.mjs'
const base = 'http://127.0.0.1:5199'
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
const kinds = (process.argv[2] ?? 'glb-plant').split(',')
const modes = (process.argv[3] ?? 'uv,normals').split(',')
for (const kind of kinds) {
  const res = await page.context().request.post(base + '/api/demo/tasks', { data: { queuedSeconds: 0, runningSeconds: 0, zipKind: kind } })
  const task = await res.json()
  for (const mode of modes) {
    await page.goto(`${base}/?filter.task_ids=${task.id}&task=${task.id}&view=model&display=${mode}`)
    await page.locator('.viewer-canvas[data-state="ready"]').first().waitFor({ timeout: 90000 })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `/tmp/scratch/${kind}-${mode}.png` })
  }
}
await browser.close()
