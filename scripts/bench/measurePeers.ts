import http from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Browser } from 'playwright-core'
import { demoZip, readAsset } from '../../server/demo/demoFiles.ts'
import { sendPaced } from '../../server/demo/demoFileHost.ts'
import { viewerLoad } from './measureViewer.ts'

/** The models the peers load: the GLB each shows, and the demo result (a zip holding it) ark3d opens. */
export const PEER_MODELS = [
  { name: '200k faces', zipKind: 'faces-200k', glb: () => demoZip('faces-200k-bare') },
  { name: '1M faces', zipKind: 'faces-1m', glb: () => demoZip('faces-1m-bare') },
  { name: 'textured plant', zipKind: 'glb-plant', glb: () => readAsset('plant-draco.glb') },
  { name: 'pocket watch', zipKind: 'pocket-watch', glb: () => readAsset('pocket-watch-meshopt-ktx2.glb') },
] as const

const PAGES = new URL('./peers/', import.meta.url).pathname
const MODULES = new URL('../../node_modules/', import.meta.url).pathname
/** Each peer's files, and the decoders both use, served from this machine: nothing loads from outside. */
const ROUTES: Array<[prefix: string, dir: string]> = [
  ['/three/', join(MODULES, 'three/')],
  ['/model-viewer/', join(MODULES, '@google/model-viewer/dist/')],
  ['/decoders/draco/', join(MODULES, 'three/examples/jsm/libs/draco/gltf/')],
  ['/decoders/basis/', join(MODULES, 'three/examples/jsm/libs/basis/')],
  ['/', PAGES],
]
const FILES: Record<string, string> = {
  '/decoders/meshopt_decoder.js': join(MODULES, 'meshoptimizer/meshopt_decoder.cjs'),
}
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.cjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
}

/**
 * The peers' pages on a loopback port, with the models under /models/<n>.glb, sent at `rate`
 * bytes per second per connection when one is given, as the demo's file host sends ark3d's zips.
 */
export async function startPeerPages(models: Uint8Array[], rate?: number) {
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://peers').pathname)
      const model = /^\/models\/(\d+)\.glb$/.exec(path)
      if (model && models[Number(model[1])]) {
        const body = Buffer.from(models[Number(model[1])]!)
        res.writeHead(200, { 'Content-Type': 'model/gltf-binary', 'Content-Length': body.length })
        return rate ? sendPaced(res, body, rate) : res.end(body)
      }
      const route = ROUTES.find(([prefix]) => path.startsWith(prefix))!
      const file = FILES[path] ?? normalize(join(route[1], path.slice(route[0].length)))
      if (!FILES[path] && !file.startsWith(route[1])) return res.writeHead(403).end()
      const info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) return res.writeHead(404).end()
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
      })
      createReadStream(file).pipe(res)
    })().catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

declare global {
  interface Window {
    ready?: boolean
    showModel: (url: string) => Promise<number>
  }
}

/** A fresh page of one peer: the milliseconds from handing it the GLB's URL to its first frame's pixels. */
export async function peerLoad(browser: Browser, pageUrl: string, modelUrl: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await page.goto(pageUrl)
    await page.waitForFunction(() => window.ready === true)
    return await page.evaluate((url) => window.showModel(url), modelUrl)
  } finally {
    await context.close()
  }
}

export interface PeerTimes {
  ark3d: number[]
  bareThree: number[]
  modelViewer?: number[]
}

/**
 * Each model `runs` times in each viewer, interleaved, a fresh page every load, after one
 * warm-up load of each: ark3d opens the demo result (the zip), the peers load the GLB it holds.
 */
export async function peersSideBySide(
  browser: Browser,
  arkUrl: string,
  runs: number,
  options: { rate?: number; modelViewer: boolean },
): Promise<Record<string, PeerTimes>> {
  const glbs = await Promise.all(PEER_MODELS.map((model) => model.glb()))
  const peers = await startPeerPages(glbs, options.rate)
  const times: Record<string, PeerTimes> = {}
  try {
    for (const [i, model] of PEER_MODELS.entries()) {
      const glbUrl = `${peers.url}/models/${i}.glb`
      const loads = {
        ark3d: async () => (await viewerLoad(browser, arkUrl, model.zipKind)).pixelsDone,
        bareThree: () => peerLoad(browser, `${peers.url}/bare-three.html`, glbUrl),
        ...(options.modelViewer
          ? { modelViewer: () => peerLoad(browser, `${peers.url}/model-viewer.html`, glbUrl) }
          : {}),
      }
      const entry: PeerTimes = { ark3d: [], bareThree: [], ...(options.modelViewer ? { modelViewer: [] } : {}) }
      for (const load of Object.values(loads)) await load()
      for (let run = 0; run < runs; run++)
        for (const [name, load] of Object.entries(loads)) entry[name as keyof PeerTimes]!.push(await load())
      times[model.name] = entry
    }
  } finally {
    await peers.close()
  }
  return times
}
