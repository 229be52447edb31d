// Writes public/hdr/studio_small_08_1k.pmrem: the studio HDR prefiltered by three's PMREMGenerator
// (the code the viewer would otherwise run in each first frame), in Chromium through the dev
// server. Run it again after changing the HDR or upgrading three: npx tsx scripts/prefilter-studio-light.ts
import { writeFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './findChromium.mjs'
import { startVite } from '../server/testing/startVite.ts'

const OUT = 'public/hdr/studio_small_08_1k.pmrem'
const dev = await startVite({ port: 5179 })
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage()
  await page.goto(`${dev.url}/api/server-info`)
  const base64 = await page.evaluate(async () => {
    const module = '/src/features/viewer/environment/prefilterStudioLight.ts'
    const { prefilterStudioLight } = await import(/* @vite-ignore */ module)
    const bytes = new Uint8Array(await prefilterStudioLight())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  })
  await writeFile(OUT, Buffer.from(base64, 'base64'))
  console.log(`wrote ${OUT} (${((base64.length * 0.75) / 2 ** 20).toFixed(1)} MB)`)
} finally {
  await browser.close()
  await dev.stop()
}
