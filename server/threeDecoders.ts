import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const LIBS = fileURLToPath(new URL('../node_modules/three/examples/jsm/libs/', import.meta.url))

/** Served at /decoders/<name>/<file>, from the installed three package: never a CDN. */
const DECODER_DIRS = { draco: 'draco/gltf/', basis: 'basis/' } as const

function decoderFiles(): Array<{ url: string; path: string }> {
  return Object.entries(DECODER_DIRS).flatMap(([name, dir]) =>
    readdirSync(`${LIBS}${dir}`)
      .filter((file) => /\.(js|wasm)$/.test(file))
      .map((file) => ({ url: `decoders/${name}/${file}`, path: `${LIBS}${dir}${file}` })),
  )
}

const contentType = (url: string) => (url.endsWith('.wasm') ? 'application/wasm' : 'text/javascript')

/**
 * The Draco and Basis (KTX2) decoders three.js loads at run time, copied from node_modules into
 * the build and served by the dev server, so the viewer works offline and never calls gstatic or unpkg.
 */
export function threeDecoders(): Plugin {
  return {
    name: 'ark3d-three-decoders',
    configureServer(server) {
      const files = new Map(decoderFiles().map((f) => [`/${f.url}`, f.path]))
      server.middlewares.use((req, res, next) => {
        const path = files.get((req.url ?? '').split('?')[0]!)
        if (!path) return next()
        res.writeHead(200, { 'Content-Type': contentType(path), 'Cache-Control': 'max-age=3600' })
        res.end(readFileSync(path))
      })
    },
    generateBundle() {
      for (const file of decoderFiles())
        this.emitFile({ type: 'asset', fileName: file.url, source: readFileSync(file.path) })
    },
  }
}
