import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { startStandaloneDemoArk } from './standaloneDemoArk.ts'

const KEY = 'demo-test-key'
let clockMs = Date.now()
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>

beforeAll(async () => {
  ark = await startStandaloneDemoArk({ requiredKey: KEY, now: () => clockMs })
})
afterAll(() => ark.close())
beforeEach(() => {
  clockMs = Date.now()
  ark.ark.reset()
  ark.ark.setFault(undefined)
})

type Item = Record<string, unknown> & {
  id: string
  status: string
  created_at: number | string
  content?: { file_url?: string }
}

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${ark.baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${KEY}`, ...init.headers },
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  }
}
async function list(query: string) {
  const { status, body } = await call(`/contents/generations/tasks?${query}`)
  expect(status).toBe(200)
  return body as { items: Item[]; total: number }
}
const seconds = (value: number | string) => Number(value)

describe('demo Ark list endpoint', () => {
  it('requires the Bearer key when run standalone', async () => {
    const response = await fetch(`${ark.baseUrl}/contents/generations/tasks`)
    expect(response.status).toBe(401)
    const body = (await response.json()) as { error: { code: string; type: string } }
    expect(body.error).toMatchObject({ code: 'AuthenticationError', type: 'Unauthorized' })
  })

  it('validates page_num and page_size in Ark error shape', async () => {
    for (const query of [
      'page_size=0',
      'page_size=501',
      'page_size=abc',
      'page_num=0',
      'page_num=-1',
      'page_num=1.5',
    ]) {
      const { status, body } = await call(`/contents/generations/tasks?${query}`)
      expect(status, query).toBe(400)
      const error = body.error as { code: string; param: string; type: string; message: string }
      expect(error.type).toBe('BadRequest')
      expect(error.code).toMatch(/^InvalidParameter\.page_(num|size)$/)
      expect(error.message).toContain('Request id:')
    }
    expect((await list('page_size=500')).items.length).toBeGreaterThan(250)
    expect((await list('page_size=1')).items).toHaveLength(1)
  })

  it('refuses an unknown filter.status', async () => {
    const { status, body } = await call('/contents/generations/tasks?filter.status=done')
    expect(status).toBe(400)
    expect((body.error as { param: string }).param).toBe('filter.status')
  })

  it('lists newest first with a total over all pages, and pages without overlap', async () => {
    const first = await list('page_size=500')
    const second = await list('page_num=2&page_size=500')
    const all = { total: first.total, items: [...first.items, ...second.items] }
    expect(first.items).toHaveLength(500)
    expect(all.total).toBe(all.items.length)
    const created = all.items.map((item) => seconds(item.created_at))
    expect([...created].sort((a, b) => b - a)).toEqual(created)
    const page1 = await list('page_num=1&page_size=7')
    const page2 = await list('page_num=2&page_size=7')
    expect(page1.total).toBe(all.total)
    expect([...page1.items, ...page2.items].map((i) => i.id)).toEqual(all.items.slice(0, 14).map((i) => i.id))
    const beyond = await list(`page_num=${Math.ceil(all.total / 7) + 1}&page_size=7`)
    expect(beyond.items).toEqual([])
  })

  it('only lists the last 7 days', async () => {
    const all = await list('page_size=500')
    const now = clockMs / 1000
    for (const item of all.items) expect(seconds(item.created_at)).toBeGreaterThanOrEqual(now - 7 * 86400)
    // A week later, none of today's tasks are listed.
    clockMs += 8 * 86_400_000
    expect((await list('page_size=500')).total).toBe(0)
  })

  it('has every status, both Seed3D models, video tasks, failures with error, and string timestamps', async () => {
    const { items } = await list('page_size=500')
    const statuses = new Set(items.map((i) => i.status))
    for (const status of ['queued', 'running', 'cancelled', 'succeeded', 'failed']) expect(statuses).toContain(status)
    const models = new Set(items.map((i) => i.model))
    expect(models).toContain('doubao-seed3d-1-0-250928')
    expect(models).toContain('doubao-seed3d-2-0-251115')
    expect([...models].some((m) => String(m).includes('seedance'))).toBe(true)
    for (const failed of items.filter((i) => i.status === 'failed')) {
      expect(failed.error).toMatchObject({ code: expect.any(String), message: expect.any(String) })
    }
    expect(items.some((i) => typeof i.created_at === 'string')).toBe(true)
    expect(items.some((i) => typeof i.created_at === 'number')).toBe(true)
    const succeeded3d = items.filter((i) => i.status === 'succeeded' && i.content?.file_url)
    expect(new Set(succeeded3d.map((i) => i.fileformat))).toEqual(new Set(['glb', 'obj', 'usd', 'usdz']))
    for (const item of succeeded3d) expect(item.usage).toEqual({ completion_tokens: 30000, total_tokens: 30000 })
  })

  it('filters by status, repeated task_ids and endpoint ID (not model name)', async () => {
    const failed = await list('page_size=500&filter.status=failed')
    expect(failed.total).toBeGreaterThan(0)
    expect(failed.items.every((i) => i.status === 'failed')).toBe(true)

    const some = (await list('page_size=5')).items
    const ids = await list(
      `page_size=500&filter.task_ids=${some[0]!.id}&filter.task_ids=${some[3]!.id}&filter.task_ids=cgt-nope`,
    )
    expect(ids.items.map((i) => i.id).sort()).toEqual([some[0]!.id, some[3]!.id].sort())
    expect(ids.total).toBe(2)

    const byEndpoint = await list('page_size=500&filter.model=ep-20251001103022-q7m2x')
    expect(byEndpoint.total).toBeGreaterThan(0)
    expect(byEndpoint.items.every((i) => i.model === 'doubao-seed3d-1-0-250928')).toBe(true)
    expect((await list('page_size=500&filter.model=doubao-seed3d-1-0-250928')).total).toBe(0)

    const combined = await list('page_size=500&filter.status=succeeded&filter.model=ep-20251112094511-h4k8p')
    expect(combined.items.every((i) => i.status === 'succeeded' && i.model === 'doubao-seed3d-2-0-251115')).toBe(true)
  })

  it('runs queued tasks to completion by the clock', async () => {
    const task = ark.ark.createTask({ queuedSeconds: 10, runningSeconds: 20, outcome: 'succeeded', fileformat: 'glb' })
    const statusOf = async () => ((await call(`/contents/generations/tasks/${task.id}`)).body as Item).status
    expect(await statusOf()).toBe('queued')
    clockMs += 15_000
    expect(await statusOf()).toBe('running')
    clockMs += 20_000
    const done = (await call(`/contents/generations/tasks/${task.id}`)).body as Item
    expect(done.status).toBe('succeeded')
    expect(done.content?.file_url).toMatch(/X-Tos-Signature=/)
  })

  it('cancels a queued task on DELETE, deletes a finished one, refuses a running or cancelled one', async () => {
    const queued = ark.ark.createTask({ queuedSeconds: 600 })
    expect((await call(`/contents/generations/tasks/${queued.id}`, { method: 'DELETE' })).body).toEqual({})
    expect(((await call(`/contents/generations/tasks/${queued.id}`)).body as Item).status).toBe('cancelled')
    expect((await call(`/contents/generations/tasks/${queued.id}`, { method: 'DELETE' })).status).toBe(400)
    // Cancelled tasks are visible for 24 h only.
    clockMs += 25 * 3_600_000
    expect((await call(`/contents/generations/tasks/${queued.id}`)).status).toBe(404)
    clockMs = Date.now()

    const running = ark.ark.createTask({ queuedSeconds: 0, runningSeconds: 600 })
    const refused = await call(`/contents/generations/tasks/${running.id}`, { method: 'DELETE' })
    expect(refused.status).toBe(400)

    const finished = (await list('page_size=1&filter.status=succeeded')).items[0]!
    expect((await call(`/contents/generations/tasks/${finished.id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await call(`/contents/generations/tasks/${finished.id}`)).status).toBe(404)
  })

  it('answers 429 with Retry-After, 500 and malformed JSON when the fault switch says so', async () => {
    ark.ark.setFault({ mode: '429', remaining: 1, retryAfterSeconds: 3 })
    const limited = await fetch(`${ark.baseUrl}/contents/generations/tasks`, {
      headers: { Authorization: `Bearer ${KEY}` },
    })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    expect((await list('page_size=1')).items).toHaveLength(1)

    ark.ark.setFault({ mode: '500', remaining: 1 })
    expect((await call('/contents/generations/tasks')).status).toBe(500)

    ark.ark.setFault({ mode: 'malformed', remaining: 1 })
    const text = await (
      await fetch(`${ark.baseUrl}/contents/generations/tasks`, { headers: { Authorization: `Bearer ${KEY}` } })
    ).text()
    expect(() => JSON.parse(text)).toThrow()
  })

  it('keeps a scoped fault for the requests it names (a method, a part of the path and query), letting the others through', async () => {
    ark.ark.setFault({ mode: '429', remaining: 1, method: 'DELETE' })
    expect((await list('page_size=1')).items).toHaveLength(1)
    const finished = (await list('page_size=1&filter.status=succeeded')).items[0]!
    const path = `/contents/generations/tasks/${finished.id}`
    expect((await call(path)).status).toBe(200)
    expect((await call(path, { method: 'DELETE' })).status).toBe(429)
    expect((await call(path, { method: 'DELETE' })).status).toBe(200)

    ark.ark.setFault({ mode: '500', remaining: 1, match: 'page_num=1&' })
    expect((await call('/contents/generations/tasks?page_num=2&page_size=1')).status).toBe(200)
    expect((await call('/contents/generations/tasks?page_num=1&page_size=1')).status).toBe(500)
    expect((await call('/contents/generations/tasks?page_num=1&page_size=1')).status).toBe(200)

    // The modes handled outside the answer (a list with bad items, a crash) keep to the scope too.
    ark.ark.setFault({ mode: 'bad-items', method: 'DELETE' })
    expect((await list('page_size=1')).items).toHaveLength(1)
    ark.ark.setFault({ mode: 'crash', method: 'DELETE' })
    expect((await call('/contents/generations/tasks?page_size=1')).status).toBe(200)
  })
})

describe('demo file host', () => {
  it('serves a real zip for each format, with Range, and 403 XML once the file is gone', async () => {
    const { items } = await list('page_size=500&filter.status=succeeded')
    const withFiles = items.filter((i) => i.content?.file_url)
    const expectedEntry: Record<string, RegExp> = { glb: /\.glb$/, obj: /\.obj$/, usdz: /\.usdz$/, usd: /\.usd$/ }
    let someUrl = ''
    for (const format of Object.keys(expectedEntry)) {
      // Newest first: the first of each format finished within 24 h, so its file is still there.
      const item = withFiles.find((i) => i.fileformat === format)!
      const response = await fetch(item.content!.file_url!)
      expect(response.status, format).toBe(200)
      expect(response.headers.get('content-length')).toBeTruthy()
      const zip = unzipSync(new Uint8Array(await response.arrayBuffer()))
      expect(
        Object.keys(zip).some((name) => expectedEntry[format]!.test(name)),
        format,
      ).toBe(true)
      someUrl = item.content!.file_url!
    }
    expect(someUrl).not.toBe('')
    const partial = await fetch(someUrl, { headers: { Range: 'bytes=0-3' } })
    expect(partial.status).toBe(206)
    expect(new Uint8Array(await partial.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))

    const tampered = someUrl.replace(/X-Tos-Signature=[0-9a-f]/, 'X-Tos-Signature=z')
    expect((await fetch(tampered)).status).toBe(403)

    const id = decodeURIComponent(new URL(someUrl).pathname.split('/')[2]!)
    ark.ark.expireFile(id)
    const expired = await fetch(someUrl)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('<Code>AccessDenied</Code>')
  })

  it('has expired files for tasks finished more than 24 h ago', async () => {
    const { items } = await list('page_size=500&filter.status=succeeded')
    const old = items.filter((i) => i.content?.file_url && seconds(i.updated_at as number) < clockMs / 1000 - 86400)
    expect(old.length).toBeGreaterThan(0)
    expect((await fetch(old[0]!.content!.file_url!)).status).toBe(403)
  })
})

describe('the control path and the file host', () => {
  it("accepts every zip kind it lists, the benchmark's included (they used to fall back to a random small zip)", async () => {
    const { DEMO_ZIP_KINDS } = await import('./demoCatalog.ts')
    expect(DEMO_ZIP_KINDS).toEqual(expect.arrayContaining(['large-glb', 'large-glb-bare', 'invalid-glb']))
    for (const zipKind of DEMO_ZIP_KINDS) {
      const task = ark.ark.createTask({ queuedSeconds: 0, runningSeconds: 0, zipKind })
      expect(ark.ark.fileOf(task.id as string).zipKind).toBe(zipKind)
    }
  })

  it('a task whose host ignores Range gets the whole file with 200; If-Range with another ETag does too', async () => {
    clockMs = Date.now()
    const plain = ark.ark.createTask({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-plant' })
    const ignoring = ark.ark.createTask({
      queuedSeconds: 0,
      runningSeconds: 0,
      zipKind: 'glb-plant',
      ignoresRange: true,
    })
    clockMs += 1000
    const urlOf = (task: { content?: unknown }) => (task.content as { file_url: string }).file_url
    const ranged = await fetch(urlOf(plain), { headers: { Range: 'bytes=0-99' } })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/)
    const etag = ranged.headers.get('etag')!
    expect((await ranged.arrayBuffer()).byteLength).toBe(100)
    const stillSame = await fetch(urlOf(plain), { headers: { Range: 'bytes=0-99', 'If-Range': etag } })
    expect(stillSame.status).toBe(206)
    await stillSame.arrayBuffer()
    const changed = await fetch(urlOf(plain), { headers: { Range: 'bytes=0-99', 'If-Range': '"another"' } })
    expect(changed.status).toBe(200)
    const whole = (await changed.arrayBuffer()).byteLength
    const ignored = await fetch(urlOf(ignoring), { headers: { Range: 'bytes=0-99' } })
    expect(ignored.status).toBe(200)
    expect(ignored.headers.get('accept-ranges')).toBeNull()
    expect((await ignored.arrayBuffer()).byteLength).toBe(whole)
  })
})
