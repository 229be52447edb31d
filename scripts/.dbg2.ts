import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
page.on('console', (m) => m.type() !== 'debug' && console.log('console', m.type(), m.text().slice(0, 300)))
page.on('worker', (w) => { console.log('worker', w.url()); w.on('console', (m) => console.log('wconsole', m.text().slice(0, 300))) })
page.on('pageerror', (e) => console.log('pageerror', e.message))
page.on('requestfailed', (r) => console.log('reqfail', r.url()))
page.on('response', (r) => r.status() >= 400 && console.log('resp', r.status(), r.url()))
const base = 'http://127.0.0.1:5179'
const r = await (await fetch(`${base}/api/demo/tasks`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-plant' }) })).json()
await page.goto(`${base}/?filter.task_ids=${r.id}&task=${r.id}`)
await page.locator('.viewer-canvas[data-state="ready"]').waitFor({ timeout: 60000 })
await page.getByRole('tab', { name: 'Export' }).click()
await page.getByRole('button', { name: 'Make optimised GLB' }).click()
for (let i = 0; i < 15; i++) {
  await page.waitForTimeout(2000)
  const t = await page.getByRole('region', { name: 'Convert' }).innerText()
  if (!t.includes('Optimising')) { console.log(t.slice(-400)); break }
}
await browser.close()
