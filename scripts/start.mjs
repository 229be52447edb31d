// npm start: the everyday fast path. Serves the production build (vite preview, with the same
// server plugin as the dev server: key-injecting proxy, relay, demo Ark), rebuilt only when the
// sources changed since the last build. `npm run dev` keeps the dev server for development.
// Uses only Node's standard library.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sourcesFingerprint } from './sourcesFingerprint.mjs'

const OUT_DIR = 'dist'
const STAMP = join(OUT_DIR, '.ark3d-sources')
/** Everything the build reads; node_modules is covered by the lock file. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'server', 'package-lock.json', 'tsconfig.json']

/** Vite's build with its progress shown, less the notes about Node modules the browser builds never call. */
function build() {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/vite', ['build', '--outDir', OUT_DIR, '--emptyOutDir'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Vite builds React's development bundle when NODE_ENV is set to anything else (a shell's
      // NODE_ENV=development, a test runner's "test"): three times slower to render, effects twice.
      env: { ...process.env, NODE_ENV: 'production' },
    })
    const relay = (stream, out) => {
      let rest = ''
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop()
        for (const line of lines)
          if (!/has been externalized for browser compatibility/.test(line)) out.write(`${line}\n`)
      })
      stream.on('end', () => rest && out.write(rest))
    }
    relay(child.stdout, process.stdout)
    relay(child.stderr, process.stderr)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

// The mode is part of it: a build made before NODE_ENV was pinned is rebuilt.
const fingerprint = sourcesFingerprint(SOURCES, 'NODE_ENV=production')
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : undefined
if (built !== fingerprint) {
  const why = built === undefined ? 'first start' : 'the sources changed since the last build'
  console.log(`ark3d: building the dashboard (${why}); this takes a few seconds…`)
  const started = Date.now()
  const code = await build()
  if (code !== 0) {
    console.error('ark3d: the build failed (above); `npm run dev` serves the sources without building.')
    process.exit(code)
  }
  writeFileSync(STAMP, fingerprint)
  console.log(`ark3d: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} else console.log('ark3d: the build is up to date with the sources.')

// The server's config compiled to JavaScript (scripts/build-server.mjs) and loaded as it is: it
// imports the server's parts as its settings use them, and no TypeScript transformer stays loaded.
const config = execFileSync('node', ['scripts/build-server.mjs'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
const args = [
  'preview',
  '--config',
  config,
  '--configLoader',
  'native',
  '--outDir',
  OUT_DIR,
  '--port',
  '5173',
  ...process.argv.slice(2),
]
const server = spawn('node_modules/.bin/vite', args, { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
