import net, { type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneDemoArk } from './demo/standaloneDemoArk.ts'
import { rawRequest, type RawAnswer } from './testing/rawRequest.ts'
import { startHostileHost, type HostileHost } from './testing/hostileHost.ts'
import { startVites, type RunningVite } from './testing/startVite.ts'

// The real dev server, in key mode against an Ark-compatible server and a file host that
// misbehaves on purpose, in demo mode, and pointed at Arks that are not there or answer badly.
const KEY = 'sk-ark3d-hardening-canary-71c3'
const RELAY_MAX_BYTES = 2_000_000
const SOCKETS_PER_HOST = 4
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let hostile: HostileHost
let keyed: RunningVite
let demo: RunningVite
let badArk: RunningVite
let refusedArk: RunningVite
let missingArk: RunningVite

/** A loopback port nothing listens on (fetch refuses the "bad ports" such as 1 before connecting). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
let refusedPort = 0

beforeAll(async () => {
  ;[ark, hostile, refusedPort] = await Promise.all([
    startStandaloneDemoArk({ requiredKey: KEY }),
    startHostileHost(),
    closedPort(),
  ])
  const limits = {
    ARK_UPSTREAM_TIMEOUT_MS: '3000',
    ARK_RELAY_MAX_BYTES: String(RELAY_MAX_BYTES),
    ARK_RELAY_MIN_BYTES: '2000',
    ARK_RELAY_MIN_BYTES_WINDOW_MS: '1000',
    ARK_RELAY_SOCKETS_PER_HOST: String(SOCKETS_PER_HOST),
    ARK_MAX_ANSWER_BYTES: '1000000',
  }
  ;[keyed, demo, badArk, refusedArk, missingArk] = (await startVites([
    {
      port: 5193,
      env: {
        ARK_API_KEY: KEY,
        ARK_BASE_URL: ark.baseUrl,
        ARK_FILE_HOSTS: `${ark.fileHost},${hostile.host}`,
        ...limits,
      },
    },
    { port: 5194, env: { ARK_FILE_HOSTS: hostile.host, ...limits } },
    { port: 5196, env: { ARK_API_KEY: KEY, ARK_BASE_URL: hostile.url('/ark'), ...limits } },
    { port: 5197, env: { ARK_API_KEY: KEY, ARK_BASE_URL: `http://127.0.0.1:${refusedPort}/api/v3` } },
    { port: 5198, env: { ARK_API_KEY: KEY, ARK_BASE_URL: 'https://ark.nothing.invalid/api/v3' } },
  ])) as [RunningVite, RunningVite, RunningVite, RunningVite, RunningVite]
})

afterAll(async () => {
  await Promise.all([keyed, demo, badArk, refusedArk, missingArk].map((server) => server?.stop()))
  await Promise.all([ark?.close(), hostile?.close()])
})

const hostOf = (server: RunningVite) => new URL(server.url).host
const get = (server: RunningVite, path: string, method = 'GET', headers: Record<string, string> = {}) =>
  rawRequest(`${server.url}${path}`, { method, headers: { host: hostOf(server), ...headers } })
const errorOf = (answer: RawAnswer) =>
  (JSON.parse(answer.body.toString()) as { error: { code: string; message: string } }).error
const relay = (server: RunningVite, target: string) => get(server, `/api/file?url=${encodeURIComponent(target)}`)

async function expectUp(server: RunningVite) {
  const answer = await get(server, '/api/server-info')
  expect(answer.status).toBe(200)
}

describe('every /api path answers, and the server stays up', () => {
  it('answers a malformed percent-encoding with a 400, in key and in demo mode', async () => {
    for (const server of [keyed, demo]) {
      for (const method of ['GET', 'DELETE']) {
        const answer = await get(server, '/api/ark/contents/generations/tasks/%E0%A4%A', method)
        expect(answer.status).toBe(400)
        expect(errorOf(answer).message).toMatch(/not valid percent-encoding/)
      }
      await expectUp(server)
    }
  })

  it('turns a handler that throws or rejects into a JSON 500 in Ark’s shape', async () => {
    for (const mode of ['crash', 'crash-async']) {
      await fetch(`${demo.url}/api/demo/fault`, { method: 'POST', body: JSON.stringify({ mode }) })
      const answer = await get(demo, '/api/ark/contents/generations/tasks')
      expect(answer.status, mode).toBe(500)
      expect(answer.headers['content-type']).toMatch(/json/)
      expect(errorOf(answer)).toMatchObject({ code: 'InternalError' })
      expect(errorOf(answer).message).not.toMatch(/demo fault|at .*\.ts/)
      await fetch(`${demo.url}/api/demo/fault`, { method: 'DELETE' })
      await expectUp(demo)
    }
    expect(demo.output()).toContain('demo fault: the handler rejected')
  })
})

describe('task IDs', () => {
  it('lets no dot segment or non-ID reach Ark, by GET or DELETE', async () => {
    const before = ark.ark.received().length
    for (const id of [
      '.',
      '..',
      '%2e',
      '%2e%2e',
      '%2E%2E',
      '.%2e',
      '..%2F..%2Fmodels',
      'a%2Fb',
      'cgt.1',
      '%20',
      'x%00',
    ]) {
      for (const method of ['GET', 'DELETE']) {
        const answer = await get(keyed, `/api/ark/contents/generations/tasks/${id}`, method)
        expect(answer.status, `${method} ${id}`).toBe(404)
      }
    }
    for (const path of ['/api/ark/contents/generations/tasks/./x', '/api/ark/contents/generations/./tasks']) {
      expect((await get(keyed, path)).status, path).toBe(404)
    }
    expect(ark.ark.received().length).toBe(before)
  })

  it('forwards an ID Ark issues, on the path built from it', async () => {
    const answer = await get(keyed, '/api/ark/contents/generations/tasks/cgt-20251001-Ab_9?x=1')
    expect(answer.status).toBe(404) // the demo Ark has no such task
    expect(ark.ark.received().at(-1)).toMatchObject({
      method: 'GET',
      target: '/contents/generations/tasks/cgt-20251001-Ab_9?x=1',
    })
  })

  it('refuses a query string that is not one', async () => {
    const answer = await get(keyed, '/api/ark/contents/generations/tasks?page_num=%zz')
    expect(answer.status).toBe(400)
    expect(errorOf(answer).code).toBe('InvalidQuery')
  })
})

describe('file relay against a hostile file host', () => {
  it('passes 2xx only: invalid, unusual and error statuses become a 502 JSON error', async () => {
    for (const path of [
      '/status-099',
      '/status-600',
      '/status-999',
      '/status-text',
      '/status-500',
      '/status-416',
      '/status-304',
      '/redirect-without-location',
      '/redirect-to-garbage',
      '/both-lengths',
      '/two-lengths',
      '/bad-length',
      '/reset-before-headers',
      '/garbage',
    ]) {
      const answer = await relay(keyed, hostile.url(path))
      expect(answer.status, path).toBe(502)
      expect(answer.headers['content-type'], path).toMatch(/json/)
      expect(errorOf(answer).code, path).toMatch(/^FileHost/)
    }
    await expectUp(keyed)
  })

  it('relays a good file, and never as a page: html or multipart types become downloads', async () => {
    const ok = await relay(keyed, hostile.url('/ok'))
    expect(ok.status).toBe(200)
    expect(ok.body.toString('latin1')).toBe('PK\x03\x04')
    expect(ok.headers['content-type']).toBe('application/zip')
    for (const path of ['/html', '/mixed-replace']) {
      const answer = await relay(keyed, hostile.url(path))
      expect(answer.status, path).toBe(200)
      expect(answer.headers['content-type'], path).toBe('application/octet-stream')
      expect(answer.headers['content-security-policy'], path).toMatch(/sandbox/)
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff')
    }
  })

  it('refuses a file whose Content-Length is over the cap before streaming, and cuts one with none at the cap', async () => {
    const huge = await relay(keyed, hostile.url('/huge-length'))
    expect(huge.status).toBe(502)
    expect(errorOf(huge)).toMatchObject({ code: 'FileTooLarge' })
    const endless = await relay(keyed, hostile.url('/endless'))
    expect(endless.status).toBe(200)
    expect(endless.complete).toBe(false)
    expect(endless.body.length).toBeLessThanOrEqual(RELAY_MAX_BYTES)
  })

  it('ends a download that trickles, stalls or is reset, as a body shorter than announced', async () => {
    for (const path of ['/trickle', '/headers-then-silence', '/reset-mid-body', '/close-mid-chunked']) {
      const answer = await relay(keyed, hostile.url(path))
      expect(answer.status, `${path}: ${answer.body.toString().slice(0, 300)}`).toBe(200)
      expect(answer.complete, path).toBe(false)
    }
    await expectUp(keyed)
  })

  it('answers 504 when the host never answers', async () => {
    const answer = await relay(keyed, hostile.url('/silence'))
    expect(answer.status).toBe(504)
    expect(errorOf(answer).code).toBe('FileHostTimeout')
  })

  it('pools connections and caps them per host: a burst waits its turn', async () => {
    const before = hostile.stats.connections
    hostile.stats.maxOpen = hostile.stats.open
    const answers = await Promise.all(Array.from({ length: 30 }, () => relay(keyed, hostile.url('/slow-ok'))))
    expect(answers.map((a) => `${a.status} ${a.body.toString().slice(0, 200)}`)).toEqual(answers.map(() => '200 ok'))
    expect(hostile.stats.maxOpen).toBeLessThanOrEqual(SOCKETS_PER_HOST + 1)
    expect(hostile.stats.connections - before).toBeLessThanOrEqual(SOCKETS_PER_HOST)
  })
})

describe('Ark proxy against Arks that are not there or answer badly', () => {
  it('names a refused connection and an unknown host at once, instead of "Ark answered 502"', async () => {
    const refused = await get(refusedArk, '/api/ark/contents/generations/tasks')
    expect(refused.status).toBe(502)
    expect(errorOf(refused)).toEqual(
      expect.objectContaining({
        code: 'ArkUnreachable.ConnectionRefused',
        message: `The server could not reach Ark at 127.0.0.1:${refusedPort}: the connection was refused (nothing listens there).`,
      }),
    )
    const missing = await get(missingArk, '/api/ark/contents/generations/tasks')
    expect(missing.status).toBe(502)
    expect(errorOf(missing).code).toBe('ArkUnreachable.DnsFailure')
    expect(errorOf(missing).message).toMatch(/could not reach Ark at ark\.nothing\.invalid: the host name/)
  })

  it('caps Ark’s answer, and turns invalid statuses, resets and garbage into 502s', async () => {
    for (const [behaviour, code] of [
      ['/huge-json', 'ArkAnswerTooLarge'],
      ['/huge-length', 'ArkAnswerTooLarge'],
      ['/endless', 'ArkAnswerTooLarge'],
      ['/status-099', /^Ark/],
      ['/status-600', /^Ark/],
      ['/reset-mid-body', /^ArkUnreachable\./],
      ['/garbage', /^ArkUnreachable\./],
    ] as const) {
      hostile.ark.behaviour = behaviour
      const answer = await get(badArk, '/api/ark/contents/generations/tasks')
      expect(answer.status, behaviour).toBe(502)
      expect(errorOf(answer).code, behaviour).toMatch(code)
    }
    hostile.ark.behaviour = '/silence'
    const silent = await get(badArk, '/api/ark/contents/generations/tasks')
    expect(silent.status).toBe(504)
    expect(errorOf(silent).code).toBe('ArkUnreachable.Timeout')
    await expectUp(badArk)
  })

  it('keeps the key out of every answer and log line', () => {
    for (const server of [keyed, badArk, refusedArk, missingArk]) expect(server.output()).not.toContain(KEY)
  })
})
