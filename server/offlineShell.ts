import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const TEMPLATE = fileURLToPath(new URL('./offline/serviceWorker.js', import.meta.url))

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/**
 * Emits /sw.js into the production build: it caches every built file and the public ones at
 * install, so the page, the viewer and its decoders open with no network. The dev server has no
 * service worker: it is on the user's own machine and always answers.
 */
export function offlineShell(): Plugin {
  let publicDir = ''
  return {
    name: 'ark3d-offline-shell',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith('.map') && file !== 'index.html')
      const fromPublic = publicDir ? filesUnder(publicDir).map((path) => relative(publicDir, path)) : []
      const files = [...built, ...fromPublic].map((file) => `./${file.split('\\').join('/')}`).sort()
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      const source = readFileSync(TEMPLATE, 'utf8')
        .replace('/* global SHELL_FILES, SHELL_VERSION */\n', '')
        .replace(
          'const CACHE =',
          `const SHELL_FILES = ${JSON.stringify(files)}\nconst SHELL_VERSION = '${version}'\nconst CACHE =`,
        )
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}
