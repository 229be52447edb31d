import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '/work/main/scripts/findChromium.mjs'
const base = 'http://127.0.0.1:5179'
const post = (p: string, body: unknown) => fetch(base + p, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json())
const a = await post('/api/demo/tasks', { queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-robot' })
const b = await post('/api/demo/tasks', { queuedSeconds: 3600, runningSeconds: 5 })
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage()
page.on('response', (r) => r.url().includes('/api/ark') && console.log(r.request().method(), r.status(), r.url().slice(-40)))
page.on('console', (m) => console.log('console', m.text().slice(0, 200)))
await page.goto(`${base}/?filter.task_ids=${a.id}&filter.task_ids=${b.id}`)
await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click()
await post('/api/demo/fault', { mode: '429', count: 1, retryAfter: 1 })
await page.getByRole('dialog').getByRole('button', { name: 'Delete 2 tasks' }).click()
await page.waitForTimeout(6000)
console.log(await page.getByRole('dialog').innerText())
await browser.close()
