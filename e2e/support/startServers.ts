// Every server the e2e projects talk to, on one production build: built once (a few seconds),
// then one `vite preview` per project, each with its own Ark. The production build is what
// `npm start` serves; the dev server is covered by the server tests (server/*.test.ts).
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startStandaloneDemoArk } from '../../server/demo/standaloneDemoArk.ts'
import { startVite, startVites, type RunningVite } from '../../server/testing/startVite.ts'
import { E2E_DIST, E2E_PORTS, PROXIED_ARK_KEY, PROXIED_ARK_PORT, CLOSED_ARK_PORT } from './ports.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const build = spawnSync(
  `${ROOT}node_modules/.bin/vite`,
  ['build', '--outDir', E2E_DIST, '--emptyOutDir', '--logLevel', 'error'],
  { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
)
if (build.status !== 0) process.exit(build.status ?? 1)

const ark = await startStandaloneDemoArk({ requiredKey: PROXIED_ARK_KEY, port: PROXIED_ARK_PORT })
const preview = (port: number, env: Record<string, string> = {}) => ({
  port,
  preview: true,
  args: ['--outDir', E2E_DIST],
  // The list mirror's own requests would spend the faults tests set; a test that wants it turns it on.
  env: { ARK_API_KEY: '', NODE_ENV: 'production', ARK3D_BROWSER_MIRROR: 'off', ARK3D_AUTO_PICTURES: 'off', ...env },
})

const servers: RunningVite[] = await startVites([
  preview(E2E_PORTS.demo),
  preview(E2E_PORTS.faults),
  // Created tasks run for 3 s rather than a minute.
  preview(E2E_PORTS.create, { ARK_DEMO_CREATE_SECONDS: '3' }),
  // The server's keeper on a short timer, into a folder of its own.
  preview(E2E_PORTS.keeper, {
    ARK3D_KEEPER: 'on',
    ARK3D_KEEPER_INTERVAL_S: '5',
    ARK3D_DATA_DIR: mkdtempSync(join(tmpdir(), 'ark3d-e2e-keeper-')),
  }),
  preview(E2E_PORTS.unreachable, {
    ARK_API_KEY: 'sk-e2e-unreachable',
    ARK_BASE_URL: `http://127.0.0.1:${CLOSED_ARK_PORT}/api/v3`,
  }),
  preview(E2E_PORTS.proxied, { ARK_API_KEY: PROXIED_ARK_KEY, ARK_BASE_URL: ark.baseUrl, ARK_FILE_HOSTS: ark.fileHost }),
])
// Playwright waits for this last one: when it answers, every other server already does.
servers.push(await startVite(preview(E2E_PORTS.viewer)))
console.log(`e2e servers on ${servers.map((s) => s.url).join(', ')}; Ark-compatible server at ${ark.baseUrl}`)

const stop = async () => {
  await Promise.all(servers.map((s) => s.stop()))
  await ark.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
