import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchResultFile, ResultFileError, type FetchProgress } from './resultFile.ts'
import { fileGoneMessage } from './fileGoneMessage.ts'

/** A relay answer whose body arrives in `chunks`, announcing `contentLength`. */
function answer(chunks: number[], contentLength?: number, status = 200) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      chunks.forEach((size, i) => controller.enqueue(new Uint8Array(size).fill(i + 1)))
      controller.close()
    },
  })
  const headers = contentLength === undefined ? undefined : { 'content-length': String(contentLength) }
  return new Response(body, { status, headers })
}

function serve(response: Response) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response)
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => vi.unstubAllGlobals())

describe('fetchResultFile', () => {
  it('returns exactly the announced bytes in order, asks the relay, and reports progress', async () => {
    const fetch = serve(answer([3, 2], 5))
    const progress: FetchProgress[] = []
    const file = await fetchResultFile('https://b.volces.com/a.zip?x=1', { onProgress: (p) => progress.push(p) })
    const bytes = new Uint8Array(await file.arrayBuffer())
    expect([...bytes]).toEqual([1, 1, 1, 2, 2])
    expect(fetch.mock.calls[0]![0]).toBe('/api/file?url=https%3A%2F%2Fb.volces.com%2Fa.zip%3Fx%3D1')
    expect(progress).toEqual([
      { loaded: 3, total: 5 },
      { loaded: 5, total: 5 },
    ])
  })

  it('keeps every byte of a body of many megabytes, in order, across the slices it is kept in', async () => {
    const size = 5 * 1024 * 1024 + 123
    const sent = new Uint8Array(size).map((_, i) => (i * 7 + (i >> 16)) & 255)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < size; at += 65_536) controller.enqueue(sent.slice(at, at + 65_536))
        controller.close()
      },
    })
    serve(new Response(body, { headers: { 'content-length': String(size) } }))
    const file = await fetchResultFile('https://b.volces.com/a.zip')
    expect(file.size).toBe(size)
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array(sent))
  })

  it('refuses a body shorter than its Content-Length as a download that ended early', async () => {
    serve(answer([3], 10))
    const error = await fetchResultFile('https://b.volces.com/a.zip').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResultFileError)
    expect(error).toMatchObject({ kind: 'network', message: 'The download ended early: 3 of 10 bytes arrived.' })
  })

  it('refuses a body longer than its Content-Length', async () => {
    serve(answer([4, 4], 6))
    const error = await fetchResultFile('https://b.volces.com/a.zip').catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', message: 'The file host sent more than the 6 bytes it announced.' })
  })

  it('joins a body with no Content-Length', async () => {
    serve(answer([2, 3]))
    const file = await fetchResultFile('https://b.volces.com/a.zip')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 1, 2, 2, 2]))
  })

  it("tells the file host's refusal from the relay's own", async () => {
    const json = (status: number, code: string, message: string) =>
      new Response(JSON.stringify({ error: { code, message } }), {
        status,
        headers: { 'content-type': 'application/json' },
      })
    serve(json(403, 'FileExpired', 'from the host'))
    const expiresAt = Date.now() / 1000 + 3600
    const gone = await fetchResultFile('https://b.volces.com/a.zip', { expiresAt }).catch((e: unknown) => e)
    expect(gone).toMatchObject({ kind: 'gone', status: 403 })
    expect((gone as Error).message).toMatch(/although 1 h 0 min of its 24 hours are left: Ark removed the file early/)
    serve(json(403, 'FileHostNotAllowed', 'The host x.test is not an Ark object-storage host.'))
    const refused = await fetchResultFile('https://x.test/a.zip').catch((e: unknown) => e)
    expect(refused).toMatchObject({ kind: 'refused', message: 'The host x.test is not an Ark object-storage host.' })
    serve(json(502, 'FileHostError', 'The file host answered 500.'))
    expect(await fetchResultFile('https://b.volces.com/a.zip').catch((e: unknown) => e)).toMatchObject({
      kind: 'network',
    })
  })
})

describe('fileGoneMessage', () => {
  const now = 1_800_000_000
  it('blames the 24-hour cleanup only once the 24 hours are up', () => {
    expect(fileGoneMessage(403, now - 7200, now)).toBe(
      "The file host refused the file (403): Ark deletes results 24 hours after the task finished, and this one's time ran out 2 h 0 min ago.",
    )
    expect(fileGoneMessage(403, now + 23 * 3600, now)).toMatch(/although 23 h 0 min of its 24 hours are left/)
    expect(fileGoneMessage(404, now + 60, now)).toMatch(/no such file \(404\) although 1 min 0 s .*never stored there/)
  })

  it('says what it can when the task has no dated file (a video task with no file)', () => {
    expect(fileGoneMessage(404, undefined, now)).toBe(
      'The file host has no such file (404): it was never stored there, was removed, or the link is wrong.',
    )
    expect(fileGoneMessage(404, undefined, now)).not.toMatch(/24 hours/)
  })
})

/**
 * A file host behind the relay that honours Range and If-Range like object storage: `delays` hold
 * each ranged answer back (by part, in order of request), and `replaceAfter` swaps the file for a
 * new version (a new ETag) once that many requests have been answered.
 */
function rangedHost(versions: Uint8Array[], options: { delays?: number[]; replaceAfter?: number } = {}) {
  let answered = 0
  const requests: Array<{ range?: string; ifRange?: string }> = []
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers)
    const index =
      requests.push({ range: headers.get('range') ?? undefined, ifRange: headers.get('if-range') ?? undefined }) - 1
    const version = options.replaceAfter !== undefined && answered >= options.replaceAfter ? 1 : 0
    const file = versions[version]!
    const etag = `"v${version}"`
    await new Promise((resolve) => setTimeout(resolve, options.delays?.[index] ?? 0))
    answered++
    const range = /^bytes=(\d+)-(\d*)$/.exec(headers.get('range') ?? '')
    const ifRange = headers.get('if-range')
    if (!range || (ifRange && ifRange !== etag))
      return new Response(file.slice(), { headers: { etag, 'content-length': String(file.length) } })
    const start = Number(range[1])
    const end = range[2] ? Math.min(Number(range[2]), file.length - 1) : file.length - 1
    return new Response(file.slice(start, end + 1), {
      status: 206,
      headers: {
        etag,
        'content-range': `bytes ${start}-${end}/${file.length}`,
        'content-length': String(end - start + 1),
      },
    })
  })
  vi.stubGlobal('fetch', fetch)
  return { fetch, requests }
}

const patterned = (size: number, seed: number) => new Uint8Array(size).map((_, i) => (i * 31 + seed + (i >> 12)) & 255)

describe('the ranged download', () => {
  const SIZE = 9 * 1024 * 1024 + 17

  it('brings a file over four connections from 2 MB on, and a smaller one over one', async () => {
    for (const [size, requestsMade] of [
      [2 * 1024 * 1024, 4],
      [2 * 1024 * 1024 - 1, 1],
    ] as const) {
      const file = patterned(size, 3)
      const { requests } = rangedHost([file])
      const got = await fetchResultFile('https://b.volces.com/mid.zip')
      expect(requests).toHaveLength(requestsMade)
      expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(file))).toBe(true)
    }
  })

  it('joins parts that finish out of order in the order of their bytes', async () => {
    const file = patterned(SIZE, 1)
    // The first share arrives last, the last share first.
    const { requests } = rangedHost([file], { delays: [60, 45, 30, 0] })
    const got = await fetchResultFile('https://b.volces.com/big.zip')
    expect(requests.map((r) => r.range)).toEqual([
      'bytes=0-',
      expect.stringMatching(/^bytes=\d+-\d+$/),
      expect.stringMatching(/^bytes=\d+-\d+$/),
      expect.stringMatching(/^bytes=\d+-\d+$/),
    ])
    expect(requests.slice(1).every((r) => r.ifRange === '"v0"')).toBe(true)
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(file))).toBe(true)
  })

  it('takes the whole new file, never a mix, when the file changes mid-download (If-Range answered 200)', async () => {
    const before = patterned(SIZE, 1)
    const after = patterned(SIZE + 5, 2)
    // The first range is answered from the old file; every later request meets the new one.
    const { requests } = rangedHost([before, after], { replaceAfter: 1 })
    const got = await fetchResultFile('https://b.volces.com/big.zip')
    expect(requests.some((r) => r.ifRange === '"v0"')).toBe(true)
    expect(got.size).toBe(after.length)
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(after))).toBe(true)
  })
})
