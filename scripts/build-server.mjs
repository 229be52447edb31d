// Compiles vite.config.ts and the server it imports into plain JavaScript, once per version of
// their sources, and prints the compiled config's path: `vite preview --config <path>
// --configLoader native` then runs it without transforming TypeScript in the server process
// (Vite's runner loader keeps its transformer's memory for the server's whole life).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { sourcesFingerprint } from './sourcesFingerprint.mjs'

const OUT_ROOT = 'node_modules/.ark3d'
const CONFIG = 'vite.config.mjs'

/** Keeps each server module's own `import.meta.url`, so paths it resolves from its file stay right. */
const ownModuleUrl = {
  name: 'ark3d:own-module-url',
  transform(code, id) {
    if (id.includes('/node_modules/') || !code.includes('import.meta.url')) return
    return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href))
  },
}

const fingerprint = sourcesFingerprint(['vite.config.ts', 'server', 'src', 'package-lock.json']).slice(0, 16)
const out = join(OUT_ROOT, `server-${fingerprint}`)
if (!existsSync(join(out, CONFIG))) {
  // Built aside and renamed into place: servers started at once never read a half-written build.
  const staging = `${out}.${process.pid}`
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [ownModuleUrl],
    build: {
      ssr: 'vite.config.ts',
      outDir: staging,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: CONFIG, chunkFileNames: '[name]-[hash].mjs' } },
    },
  })
  mkdirSync(OUT_ROOT, { recursive: true })
  try {
    renameSync(staging, out)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(join(out, CONFIG))) throw error
  }
  // Earlier versions' builds; a server running one has imported all of it at its start.
  for (const entry of readdirSync(OUT_ROOT))
    if (/^server-[0-9a-f]+$/.test(entry) && join(OUT_ROOT, entry) !== out)
      rmSync(join(OUT_ROOT, entry), { recursive: true, force: true })
}
process.stdout.write(resolve(out, CONFIG))
