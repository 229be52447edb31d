// Ad-hoc screenshots while developing: tsx scripts/shot.mts <name> <width> <height> <light|dark> <url>...
// Every URL is visited in turn in one persistent profile; the last one is photographed.
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '/work/main/scripts/findChromium.mjs'
const [name, w, h, scheme, ...urls] = process.argv.slice(2)
const context = await chromium.launchPersistentContext('/tmp/shots-profile', {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
})
const page = context.pages()[0] ?? (await context.newPage())
for (const url of urls) {
  await page.goto(url)
  await page.waitForTimeout(Number(process.env.WAIT ?? 4000))
}
await page.screenshot({ path: `/tmp/shots/${name}.png` })
await context.close()
