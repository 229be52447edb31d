import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rawRequest, type RawAnswer } from './testing/rawRequest.ts'
import { startHostileHost, type HostileHost } from './testing/hostileHost.ts'
import { startVites, type RunningVite } from './testing/startVite.ts'

// The attacks of a hostile Ark and a hostile file host on loopback, against the real dev server:
// each answer here once crashed the server, starved the relay, held a request open or leaked the key.
const KEY = 'sk-ark3d-hostile-canary-5d0e'
const TIMEOUT_MS = 2000
const SOCKETS_PER_HOST = 3
let hostile: HostileHost
let demo: RunningVite
let keyedOnHostileArk: RunningVite

beforeAll(async () => {
  hostile = await startHostileHost()
  const limits = {
    ARK_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    ARK_RELAY_SOCKETS_PER_HOST: String(SOCKETS_PER_HOST),
    ARK_RELAY_MIN_BYTES: '1',
    ARK_RELAY_MIN_BYTES_WINDOW_MS: '60000',
  }
  ;[demo, keyedOnHostileArk] = (await startVites([
    { port: 5187, env: { ARK_FILE_HOSTS: hostile.host, ...limits } },
    { port: 5188, env: { ARK_API_KEY: KEY, ARK_BASE_URL: hostile.url('/ark'), ...limits } },
  ])) as [RunningVite, RunningVite]
})

afterAll(async () => {
  await Promise.all([demo, keyedOnHostileArk].map((server) => server?.stop()))
  await hostile?.close()
})

const get = (server: RunningVite, path: string, init: { method?: string; body?: string } = {}) =>
  rawRequest(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { host: new URL(server.url).host, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: init.body }),
  })
const errorOf = (answer: RawAnswer) =>
  (JSON.parse(answer.body.toString()) as { error: { code: string; message: string } }).error
const relay = (target: string) => get(demo, `/api/file?url=${encodeURIComponent(hostile.url(target))}`)
const listTasks = (server: RunningVite) => get(server, '/api/ark/contents/generations/tasks?page_size=10')

describe('an Ark answer never ends the server', () => {
  it('turns too many content-codings and 20 gzip layers into a JSON 502, and stays up', async () => {
    for (const behaviour of ['/many-encodings', '/gzip-layers']) {
      hostile.ark.behaviour = behaviour
      const answer = await listTasks(keyedOnHostileArk)
      expect(answer.status, behaviour).toBe(502)
      expect(answer.headers['content-type'], behaviour).toMatch(/json/)
      expect(errorOf(answer).code, behaviour).toMatch(/^Ark/)
    }
    // The crash came from an abort after the answer was sent: the server must still be alive then.
    hostile.ark.behaviour = '/ok'
    for (let i = 0; i < 3; i++) expect((await get(keyedOnHostileArk, '/api/server-info')).status).toBe(200)
    expect(keyedOnHostileArk.exited()).toBe(false)
  })
})

describe('the relay lets go of answers it will not pass on', () => {
  it('closes a refused answer’s endless body at once instead of draining it', async () => {
    const open = hostile.stats.open
    const answer = await relay('/refused-endless')
    expect(answer.status).toBe(404)
    expect(errorOf(answer).code).toBe('FileExpired')
    await vi.waitFor(() => expect(hostile.stats.open).toBe(open), { timeout: 1500, interval: 50 })
  })

  it('serves later downloads after more refused endless answers than the pool has sockets', async () => {
    for (let i = 0; i < SOCKETS_PER_HOST * 2; i++) expect((await relay('/refused-endless')).status).toBe(404)
    const ok = await relay('/ok')
    expect(ok.status).toBe(200)
    expect(ok.body.toString('latin1')).toBe('PK\x03\x04')
  })

  it('follows slow and endless redirects in parallel without deadlocking the pool', async () => {
    const paths = Array.from({ length: SOCKETS_PER_HOST * 2 }, (_, i) =>
      i % 2 ? '/redirect-slow' : '/redirect-endless',
    )
    const answers = await Promise.all(paths.map((path) => relay(path)))
    expect(answers.map((a) => `${a.status} ${a.body.toString('latin1')}`)).toEqual(paths.map(() => '200 ok'))
  })
})

describe('a deadline for the answer’s head', () => {
  it('answers 504 when a file host trickles its head or sends 102 Processing forever', async () => {
    for (const path of ['/head-trickle', '/processing-forever']) {
      const started = Date.now()
      const answer = await relay(path)
      expect(answer.status, path).toBe(504)
      expect(errorOf(answer).code, path).toBe('FileHostTimeout')
      // Bounded by the deadline (with room for a slow machine), not by the host's patience.
      expect(Date.now() - started, path).toBeLessThan(TIMEOUT_MS * 3)
    }
  })

  it('answers 504 when Ark does the same', async () => {
    for (const behaviour of ['/head-trickle', '/processing-forever']) {
      hostile.ark.behaviour = behaviour
      const answer = await listTasks(keyedOnHostileArk)
      expect(answer.status, behaviour).toBe(504)
      expect(errorOf(answer).code, behaviour).toBe('ArkUnreachable.Timeout')
    }
  })
})

describe('an Ark that echoes the key', () => {
  it('passes on its answer with the key taken out of every header and the body', async () => {
    hostile.ark.behaviour = '/echo-key'
    const answer = await listTasks(keyedOnHostileArk)
    expect(answer.status).toBe(401)
    expect(answer.body.toString()).not.toContain(KEY)
    expect(JSON.stringify(answer.headers)).not.toContain(KEY)
    expect(errorOf(answer)).toEqual({ code: 'AuthenticationError', message: 'The API key [ARK_API_KEY] is invalid.' })
    expect(answer.headers['x-request-id']).toBe('req-[ARK_API_KEY]')
    // Passed as data, never as a page of this origin.
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(keyedOnHostileArk.output()).not.toContain(KEY)
  })
})

describe('the demo’s control requests', () => {
  it('refuses a bad task spec before storing it, so the list keeps answering', async () => {
    for (const spec of [
      { runningSeconds: -1e20 },
      { queuedSeconds: 'x' },
      { queuedSeconds: Number.MAX_VALUE },
      { outcome: 'exploded' },
      { fileformat: 'exe' },
      { surprise: true },
    ]) {
      const answer = await get(demo, '/api/demo/tasks', { method: 'POST', body: JSON.stringify(spec) })
      expect(answer.status, JSON.stringify(spec)).toBe(400)
      expect(errorOf(answer).message, JSON.stringify(spec)).toMatch(
        /queuedSeconds|runningSeconds|outcome|fileformat|surprise/,
      )
      expect((await listTasks(demo)).status, JSON.stringify(spec)).toBe(200)
    }
    const good = await get(demo, '/api/demo/tasks', { method: 'POST', body: JSON.stringify({ runningSeconds: 1 }) })
    expect(good.status).toBe(200)
  })
})
