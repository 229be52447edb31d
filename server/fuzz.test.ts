import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneDemoArk } from './demo/standaloneDemoArk.ts'
import { rawTcpExchange } from './testing/rawTcpExchange.ts'
import { startHostileHost, type HostileHost } from './testing/hostileHost.ts'
import { startVite, type RunningVite } from './testing/startVite.ts'

// Thousands of generated requests against the real dev server in key mode, forwarding to an
// Ark-compatible server over HTTP, with a hostile file host on the relay's list.
const KEY = 'sk-ark3d-fuzz-canary-5e0b9d'
const PORT = 5186
const RUNS = 50
const BATCH = 80
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let hostile: HostileHost
let vite: RunningVite

beforeAll(async () => {
  ;[ark, hostile] = await Promise.all([startStandaloneDemoArk({ requiredKey: KEY }), startHostileHost()])
  vite = await startVite({
    port: PORT,
    env: {
      ARK_API_KEY: KEY,
      ARK_BASE_URL: ark.baseUrl,
      ARK_FILE_HOSTS: `${ark.fileHost},${hostile.host}`,
      ARK_UPSTREAM_TIMEOUT_MS: '1500',
      ARK_RELAY_MIN_BYTES: '4000',
      ARK_RELAY_MIN_BYTES_WINDOW_MS: '500',
      ARK_RELAY_MAX_BYTES: '1000000',
    },
  })
})

afterAll(async () => {
  await vite?.stop()
  await Promise.all([ark?.close(), hostile?.close()])
})

const OWN_HOST = `127.0.0.1:${PORT}`
const TASKS = '/api/ark/contents/generations/tasks'

const segment = fc.oneof(
  fc.constantFrom('.', '..', '%2e', '%2E%2e', '.%2e', '%2f', '%2F..%2F', '%00', '%', '%E0%A4%A', '%zz', '%C0%AE', '~'),
  fc.constantFrom('cgt-20251001-abc', 'cgt_1', 'CGT-X', 'LONG129', 'LONG2000'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
)

const relayTarget = fc.oneof(
  fc
    .constantFrom(
      '/ok',
      '/html',
      '/mixed-replace',
      '/status-099',
      '/status-600',
      '/status-text',
      '/status-500',
      '/status-304',
      '/redirect-without-location',
      '/redirect-to-garbage',
      '/both-lengths',
      '/two-lengths',
      '/bad-length',
      '/reset-mid-body',
      '/reset-before-headers',
      '/close-mid-chunked',
      '/garbage',
      '/trickle',
      '/headers-then-silence',
      '/huge-length',
      '/endless',
      '/silence',
    )
    .map((path) => `http://HOSTILE${path}`),
  fc.constantFrom(
    'http://169.254.169.254/latest/meta-data/',
    `http://${OWN_HOST}/api/server-info`,
    'http://localhost:5186/',
    'http://[::1]:5186/',
    'http://[::ffff:127.0.0.1]:5186/',
    'http://2130706433/',
    'http://0x7f.1/',
    'https://x.volces.com.attacker.test/a.zip',
    'https://volces.com./a.zip',
    'file:///etc/passwd',
    'gopher://x.volces.com/',
    'javascript:alert(1)',
    'https://user:pw@x.volces.com/a.zip',
    '//x.volces.com/a.zip',
    '',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }),
)

const pathArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        TASKS,
        `${TASKS}/`,
        '/api/ark/contents/generations',
        '/api/ark',
        '/api/ark/',
        '/api/ark/chat/completions',
        '/api/demo',
        '/api/',
        '/api',
        '/api/server-info',
        '/',
        '/src/main.tsx',
        '/@fs',
      ),
      fc.array(segment, { maxLength: 4 }),
    )
    .map(([prefix, parts]) => [prefix, ...parts].join('/').replace(/\/\/+/g, '/')),
  fc.tuple(fc.constantFrom(TASKS, `${TASKS}/cgt-1`), fc.string({ maxLength: 60 })).map(([p, q]) => `${p}?${q}`),
  fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom('page_num', 'page_size', 'filter.status', 'filter.task_ids', 'filter.model', 'x'),
          fc.string({ maxLength: 10 }),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([pairs]) => `${TASKS}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
  relayTarget.map((target) => `/api/file?url=${encodeURIComponent(target)}`),
  relayTarget.map((target) => `/api/file?url=${target}`),
  // Expanded when sent, so a failure report stays readable: a 20 kB path and an 8 kB one.
  fc.constantFrom(`${TASKS}/LONG20000`, `${TASKS}/LONG8000`, `/api/file?url=LONG8000`),
)

/** `common` four times in five, else one of `others`. */
const usually = <T>(common: T, ...others: T[]) =>
  fc.oneof({ arbitrary: fc.constant(common), weight: 4 }, { arbitrary: fc.constantFrom(...others), weight: 1 })

const requestArb = fc.record({
  method: fc.oneof(
    fc.constantFrom('GET', 'GET', 'GET', 'DELETE', 'DELETE', 'POST', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'),
    fc.stringMatching(/^[A-Z]{1,10}$/),
  ),
  path: pathArb,
  host: fc.constantFrom(
    OWN_HOST,
    OWN_HOST,
    OWN_HOST,
    'localhost:5186',
    '[::1]:5186',
    'attacker.test',
    'attacker.test:5186',
    '',
    'x y',
  ),
  // Mostly what the page itself sends, so that many requests get past the guard to the routes.
  origin: usually(
    undefined,
    `http://${OWN_HOST}`,
    'https://evil.example',
    'null',
    'not a url',
    `http://${OWN_HOST}.evil`,
  ),
  fetchSite: usually(undefined, 'same-origin', 'cross-site', 'same-site', 'none', 'weird'),
  authorization: usually(undefined, 'Bearer from-the-browser', 'Basic eA=='),
})

type FuzzRequest = typeof requestArb extends fc.Arbitrary<infer R> ? R : never

function targetOf(request: FuzzRequest): string {
  const path = request.path
    .replace('HOSTILE', hostile.host)
    .replace(encodeURIComponent('HOSTILE'), hostile.host)
    .replace(/LONG(\d+)/g, (_, n: string) => 'a'.repeat(Number(n)))
  return path.startsWith('/') ? path : `/${path}`
}

/**
 * Whether the request is HTTP/1.1 at all: a token for a method, a target of visible ASCII. Node
 * answers the others with a 400 and closes at once, and the close can overtake its answer (a TCP
 * reset discards it), so for those only the server staying up is asserted.
 */
const isHttp = (request: FuzzRequest) => /^[A-Z]+$/.test(request.method) && /^[\x21-\x7e]+$/.test(targetOf(request))

function bytesOf(request: FuzzRequest): Buffer {
  const lines = [`${request.method} ${targetOf(request)} HTTP/1.1`, `Host: ${request.host}`]
  if (request.origin !== undefined) lines.push(`Origin: ${request.origin}`)
  if (request.fetchSite !== undefined) lines.push(`Sec-Fetch-Site: ${request.fetchSite}`)
  if (request.authorization !== undefined) lines.push(`Authorization: ${request.authorization}`)
  lines.push('Connection: close', '', '')
  return Buffer.from(lines.join('\r\n'), 'utf8')
}

/** What may reach Ark: list by GET, one task by GET or DELETE, on the task paths only. */
const ALLOWED_AT_ARK = /^\/contents\/generations\/tasks(?:\/([A-Za-z0-9_-]{1,128}))?(?:\?[^#]*)?$/

async function inParallel<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await fn(items[index]!)
      }
    }),
  )
  return results
}

describe('fuzz: generated requests against the real server', () => {
  it(`answers ${RUNS * BATCH} requests, forwards only task paths, sends no 5xx of its own and never the key`, async () => {
    let sent = 0
    const statuses = new Map<number | undefined, number>()
    let reachedArk = 0
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const arkSeenBefore = ark.ark.received().length
        const exchanges = await inParallel(batch, 12, (request) => rawTcpExchange(PORT, bytesOf(request), 15_000))
        sent += batch.length
        for (const { status } of exchanges) statuses.set(status, (statuses.get(status) ?? 0) + 1)
        reachedArk += ark.ark.received().length - arkSeenBefore
        exchanges.forEach((exchange, i) => {
          const label = JSON.stringify(bytesOf(batch[i]!).toString().slice(0, 300))
          if (isHttp(batch[i]!)) expect(exchange.status, `answered: ${label}`).toBeDefined()
          if (exchange.status! >= 500) expect([502, 504], `own 5xx: ${label}`).toContain(exchange.status)
          expect(exchange.bytes.includes(KEY), `key in answer: ${label}`).toBe(false)
        })
        for (const received of ark.ark.received().slice(arkSeenBefore)) {
          const match = ALLOWED_AT_ARK.exec(received.target)
          expect(match, `reached Ark: ${received.method} ${received.target}`).not.toBeNull()
          const allowed = match![1] ? ['GET', 'DELETE'] : ['GET']
          expect(allowed, `reached Ark: ${received.method} ${received.target}`).toContain(received.method)
          expect(received.authorization).toBe(`Bearer ${KEY}`)
        }
        const alive = await rawTcpExchange(
          PORT,
          Buffer.from(`GET /api/server-info HTTP/1.1\r\nHost: ${OWN_HOST}\r\nConnection: close\r\n\r\n`),
          5_000,
        )
        expect(alive.status).toBe(200)
      }),
      { numRuns: RUNS, endOnFailure: true },
    )
    expect(sent).toBe(RUNS * BATCH)
    // Not vacuous: the generated requests reached Ark, the relay, the guard and the refusals. About
    // 65 of the 4,000 reach Ark (50–73 in runs here, by the random draw): 50 failed one run in a few
    // dozen, so the floor is where a generator that stopped reaching Ark would fall, not the mean.
    expect(reachedArk).toBeGreaterThan(20)
    for (const status of [200, 400, 403, 404, 405, 502])
      expect(statuses.get(status), `status ${status}`).toBeGreaterThan(0)
    expect(vite.output()).not.toContain(KEY)
  })
})
