import { execFile } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneDemoArk } from './demo/standaloneDemoArk.ts'
import { startVite, type RunningVite } from './testing/startVite.ts'
import { rawRequest, type RawAnswer } from './testing/rawRequest.ts'

// Against the real Vite dev server with a known key, forwarding to a local Ark-compatible server.
const KEY = 'sk-ark3d-canary-3f9a7c1e5b'
const PORT = 5191
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let vite: RunningVite
let redirector: http.Server
let redirectorHost = ''
const seen: RawAnswer[] = []

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const answer = await rawRequest(`${vite.url}${path}`, { method, headers: { host: `127.0.0.1:${PORT}`, ...headers } })
  seen.push(answer)
  return answer
}
const json = (answer: RawAnswer) =>
  JSON.parse(answer.body.toString()) as {
    error?: { code: string; message: string }
    items?: Array<Record<string, unknown>>
  }
const relay = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  get(`/api/file?url=${encodeURIComponent(url)}`, headers, method)

beforeAll(async () => {
  ark = await startStandaloneDemoArk({ requiredKey: KEY })
  redirector = http.createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? ''
    res.writeHead(302, { Location: target }).end()
  })
  await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve))
  redirectorHost = `127.0.0.1:${(redirector.address() as AddressInfo).port}`
  vite = await startVite({
    port: PORT,
    env: { ARK_API_KEY: KEY, ARK_BASE_URL: ark.baseUrl, ARK_FILE_HOSTS: `${ark.fileHost},${redirectorHost}` },
  })
})

afterAll(async () => {
  await vite?.stop()
  await ark?.close()
  redirector?.close()
})

async function someFileUrl(): Promise<string> {
  const { items } = json(await get('/api/ark/contents/generations/tasks?page_size=100&filter.status=succeeded'))
  return (items!.find((i) => (i.content as { file_url?: string }).file_url) as { content: { file_url: string } })
    .content.file_url
}

describe('Ark proxy', () => {
  it('forwards the list with the key as a Bearer header, the query string untouched', async () => {
    const query =
      'page_num=1&page_size=20&filter.status=succeeded&filter.task_ids=cgt-a&filter.task_ids=cgt-b%2Bc&filter.model=ep-20251001103022-q7m2x'
    const answer = await get(`/api/ark/contents/generations/tasks?${query}`, {
      authorization: 'Bearer from-the-browser',
      cookie: 'session=browser-cookie',
    })
    expect(answer.status).toBe(200)
    const received = ark.ark.received().at(-1)!
    expect(received.query).toBe(`?${query}`)
    expect(received.authorization).toBe(`Bearer ${KEY}`)
    expect(received.clientRequestId).toMatch(/^ark3d-/)
    expect(answer.headers['x-client-request-id']).toBe(received.clientRequestId)
  })

  it("passes Ark's status and error body through", async () => {
    const answer = await get('/api/ark/contents/generations/tasks?page_size=900')
    expect(answer.status).toBe(400)
    expect(json(answer).error!.code).toBe('InvalidParameter.page_size')
  })

  it('forwards list, create (see createTask.test.ts), get and delete, and nothing else', async () => {
    const before = ark.ark.received().length
    expect((await get('/api/ark/contents/generations/tasks/cgt-none')).status).toBe(404)
    expect(ark.ark.received().length).toBe(before + 1)
    for (const [path, method] of [
      ['/api/ark/chat/completions', 'GET'],
      ['/api/ark/contents/generations/tasks', 'PUT'],
      ['/api/ark/contents/generations/tasks/cgt-1', 'POST'],
      ['/api/ark/contents/generations/tasks/cgt-1', 'PUT'],
      ['/api/ark/contents/generations/tasks/..%2F..%2Fmodels', 'GET'],
    ] as const) {
      const answer = await get(path, {}, method)
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
      expect(json(answer).error!.code).toBe('NotForwarded')
    }
    expect(ark.ark.received().length).toBe(before + 1)
  })
})

describe('file relay', () => {
  it('streams an allowed zip with Content-Length, and passes Range through', async () => {
    const url = await someFileUrl()
    const direct = Buffer.from(await (await fetch(url)).arrayBuffer())
    const relayed = await relay(url)
    expect(relayed.status).toBe(200)
    expect(Number(relayed.headers['content-length'])).toBe(direct.length)
    expect(relayed.body.equals(direct)).toBe(true)
    const ranged = await relay(url, { range: 'bytes=10-19' })
    expect(ranged.status).toBe(206)
    expect(ranged.body.equals(direct.subarray(10, 20))).toBe(true)
  })

  it('refuses every target off the list, with a JSON error', async () => {
    const targets = [
      'http://169.254.169.254/latest/meta-data/',
      `http://127.0.0.1:${PORT}/`,
      `http://localhost:${PORT}/api/server-info`,
      'file:///etc/passwd',
      'https://x.volces.com.attacker.test/a.zip',
      'https://10.0.0.1/a.zip',
      `http://${redirectorHost}/?to=${encodeURIComponent('http://169.254.169.254/')}`,
      `http://${redirectorHost}/?to=${encodeURIComponent(`http://127.0.0.1:${PORT}/`)}`,
      `http://${redirectorHost}/?to=${encodeURIComponent('https://evil.example/a.zip')}`,
    ]
    for (const target of targets) {
      const answer = await relay(target)
      expect(answer.status, target).toBe(403)
      expect(json(answer).error!.code, target).toBe('FileHostNotAllowed')
    }
  })

  it('follows a redirect that stays on the list', async () => {
    const url = await someFileUrl()
    const answer = await relay(`http://${redirectorHost}/?to=${encodeURIComponent(url)}`)
    expect(answer.status).toBe(200)
    expect(answer.body.subarray(0, 2).toString()).toBe('PK')
  })

  it('answers GET only', async () => {
    const answer = await relay(await someFileUrl(), {}, 'POST')
    expect(answer.status).toBe(405)
  })

  it('turns the storage XML of an expired file into a plain JSON message', async () => {
    const url = await someFileUrl()
    ark.ark.expireFile(decodeURIComponent(new URL(url).pathname.split('/')[2]!))
    const answer = await relay(url)
    expect(answer.status).toBe(403)
    expect(answer.headers['content-type']).toMatch(/json/)
    expect(json(answer).error).toMatchObject({
      code: 'FileExpired',
      message: expect.stringMatching(/link expired, or the file was removed/),
    })
  })
})

describe('request guard', () => {
  it('refuses a Host that is not the server (DNS rebinding), for the page and the API', async () => {
    for (const path of ['/', '/api/server-info', '/api/ark/contents/generations/tasks']) {
      const answer = await get(path, { host: 'attacker.test:5191' })
      expect(answer.status, path).toBe(403)
    }
  })

  it("refuses /api calls made by another site's page", async () => {
    expect((await get('/api/ark/contents/generations/tasks', { origin: 'https://evil.example' })).status).toBe(403)
    expect((await get('/api/ark/contents/generations/tasks', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await get('/api/ark/contents/generations/tasks', { 'sec-fetch-site': 'same-site' })).status).toBe(403)
    expect(
      (
        await get('/api/ark/contents/generations/tasks', {
          origin: `http://127.0.0.1:${PORT}`,
          'sec-fetch-site': 'same-origin',
        })
      ).status,
    ).toBe(200)
  })

  it('sends no CORS headers', async () => {
    const answer = await get('/api/server-info', { origin: `http://127.0.0.1:${PORT}` })
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('listens on loopback only', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (!external) return
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(PORT, external.address)
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    expect(connected).toBe(false)
  })
})

describe('the key stays on the server', () => {
  it('appears in no response body or header, nor in the server log', async () => {
    await get('/')
    await get('/src/main.tsx')
    await get('/api/server-info')
    expect(seen.length).toBeGreaterThan(10)
    for (const answer of seen) {
      expect(answer.body.includes(KEY)).toBe(false)
      expect(JSON.stringify(answer.headers)).not.toContain(KEY)
    }
    expect(vite.output()).not.toContain(KEY)
  })

  it('appears in no file of a production build', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'ark3d-dist-'))
    try {
      await promisify(execFile)(
        'node_modules/.bin/vite',
        ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
        {
          env: { ...process.env, ARK_API_KEY: KEY, ARK_BASE_URL: ark.baseUrl },
        },
      )
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
      expect(files.some((f) => f.name.endsWith('.js'))).toBe(true)
      for (const file of files) {
        const bytes = await readFile(join(file.parentPath, file.name))
        expect(bytes.includes(KEY), file.name).toBe(false)
      }
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })
})
