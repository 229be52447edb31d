import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterAll, expect, test } from 'vitest'

const PORT = 5199
let server: ChildProcess | undefined
afterAll(() => {
  server?.kill('SIGTERM')
})

async function waitForServer(url: string, log: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const answer = await fetch(url)
      if (answer.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`npm start did not serve ${url}:\n${log()}`)
}

test('npm start serves the production build, built when the sources changed and said so', async () => {
  let log = ''
  server = spawn('node', ['scripts/start.mjs', '--port', String(PORT)], {
    // A shell's NODE_ENV must not make a development build.
    env: { ...process.env, ARK_API_KEY: '', NODE_ENV: 'development', ARK3D_KEEPER: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk) => (log += chunk))
  server.stderr!.on('data', (chunk) => (log += chunk))
  await waitForServer(`http://127.0.0.1:${PORT}/api/server-info`, () => log, 90_000)
  expect(log).toMatch(/ark3d: (built in [\d.]+ s|the build is up to date with the sources)\./)
  expect(log).not.toMatch(/externalized for browser compatibility/)
  const page = await (await fetch(`http://127.0.0.1:${PORT}/`)).text()
  // The built page loads hashed bundles; the dev server's would load /src/main.tsx.
  expect(page).toMatch(/\/assets\/first-screen-[\w-]+\.js/)
  expect(page).not.toContain('/src/main.tsx')
  const bundle = await (
    await fetch(`http://127.0.0.1:${PORT}${page.match(/\/assets\/first-screen-[\w-]+\.js/)![0]}`)
  ).text()
  expect(bundle, "React's production build, compiled for production").not.toMatch(/jsxDEV|react-devtools/)
  expect(readFileSync('dist/.ark3d-sources', 'utf8')).toMatch(/^[0-9a-f]{64}$/)
}, 120_000)
