import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DemoZipKind } from './demoCatalog.ts'
import { demoZip, readAsset } from './demoFiles.ts'

let video: Promise<Buffer> | undefined
/** The video every demo video task answers with: a short turntable made by this project. */
const demoVideo = () => (video ??= readAsset('turntable-robot.webm'))

const BUCKET = 'ark-content-generation-demo'
const SIGNED_FOR_SECONDS = 86_400

export type FileLookup = (taskId: string) => {
  state: 'available' | 'expired' | 'none'
  zipKind?: DemoZipKind
  /** A video task's result: the shipped turntable video rather than a zip. */
  video?: boolean
  /** Answer every request with the whole file, as a host that does not implement Range. */
  ignoresRange?: boolean
}

export interface DemoFileHostOptions {
  /** Bytes per second per connection (`ARK_DEMO_FILE_RATE`), like a far host over one TCP stream. */
  bytesPerSecondPerConnection?: number
}

/** `2mb`, `500kb`, `1048576`: a rate in bytes per second, or undefined for none. */
export function parseRate(raw: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(raw ?? '')
  if (!match) return undefined
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b']
  const rate = Number(match[1]) * unit
  return rate > 0 ? rate : undefined
}

/** Writes `body` at no more than `rate` bytes per second, in 64 KB slices; stops when the client goes. */
export async function sendPaced(res: http.ServerResponse, body: Buffer, rate: number) {
  const slice = 64 * 1024
  const started = Date.now()
  for (let sent = 0; sent < body.length && !res.destroyed;) {
    const next = Math.min(body.length, sent + slice)
    const ok = res.write(body.subarray(sent, next))
    sent = next
    const due = started + (sent / rate) * 1000
    const wait = Math.max(0, due - Date.now())
    if (!ok) await new Promise((resolve) => res.once('drain', resolve))
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait))
  }
  res.end()
}

function tosError(res: http.ServerResponse, status: number, code: string, message: string) {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>demo${randomBytes(8).toString('hex')}</RequestId></Error>`
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

function parseRange(header: string | undefined, size: number): [number, number] | 'invalid' | undefined {
  if (!header) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid'
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  return start > end || start >= size ? 'invalid' : [start, end]
}

/**
 * A stand-in for Ark's object storage on a loopback port: signed GET URLs valid 24 h, XML errors,
 * Range support, no CORS and no HEAD, like the real host. The relay reaches it over HTTP.
 */
export async function startDemoFileHost(lookup: FileLookup, options: DemoFileHostOptions = {}) {
  const secret = randomBytes(32)
  const sign = (path: string, date: string) => createHmac('sha256', secret).update(`${path}\n${date}`).digest('hex')

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid')
    if (req.method !== 'GET') return tosError(res, 403, 'SignatureDoesNotMatch', 'Only GET is signed.')
    const match = new RegExp(`^/${BUCKET}/([^/]+)/[^/]+\\.(zip|webm)$`).exec(url.pathname)
    const date = url.searchParams.get('X-Tos-Date') ?? ''
    const signature = url.searchParams.get('X-Tos-Signature') ?? ''
    const expected = sign(url.pathname, date)
    if (
      !match ||
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    ) {
      return tosError(
        res,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      )
    }
    const signedAt = Date.parse(date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))
    if (!(Date.now() < signedAt + SIGNED_FOR_SECONDS * 1000))
      return tosError(res, 403, 'AccessDenied', 'Request has expired')
    const file = lookup(decodeURIComponent(match[1]!))
    if (file.state === 'expired') return tosError(res, 403, 'AccessDenied', 'Request has expired')
    const wantsVideo = match[2] === 'webm'
    if (file.state !== 'available' || (wantsVideo ? !file.video : !file.zipKind))
      return tosError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
    const zip = wantsVideo ? await demoVideo() : await demoZip(file.zipKind!)
    const etag = `"${wantsVideo ? 'video' : file.zipKind}"`
    // If-Range: the range only while the file is still the one the client began with.
    const ifRange = req.headers['if-range']
    const rangeHeader = file.ignoresRange || (ifRange && ifRange !== etag) ? undefined : req.headers.range
    const range = parseRange(rangeHeader, zip.length)
    if (range === 'invalid') {
      res.writeHead(416, { 'Content-Range': `bytes */${zip.length}` })
      return res.end()
    }
    const [start, end] = range ?? [0, zip.length - 1]
    res.writeHead(range ? 206 : 200, {
      'Content-Type': wantsVideo ? 'video/webm' : 'application/zip',
      'Content-Length': end - start + 1,
      ...(file.ignoresRange ? {} : { 'Accept-Ranges': 'bytes' }),
      ETag: etag,
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${zip.length}` } : {}),
    })
    const body = Buffer.from(zip.buffer, zip.byteOffset + start, end - start + 1)
    if (options.bytesPerSecondPerConnection) await sendPaced(res, body, options.bytesPerSecondPerConnection)
    else res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    /** `host:port`, to be allowed by the relay like an ARK_FILE_HOSTS entry. */
    host,
    /** A signed URL in the shape of Ark's (X-Tos-* query), valid 24 h from `signedAtMs`. */
    signedUrl(taskId: string, fileName: string, signedAtMs = Date.now(), extension: 'zip' | 'webm' = 'zip') {
      const path = `/${BUCKET}/${encodeURIComponent(taskId)}/${fileName}.${extension}`
      const date = new Date(signedAtMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')
      const query = new URLSearchParams({
        'X-Tos-Algorithm': 'TOS4-HMAC-SHA256',
        'X-Tos-Date': date,
        'X-Tos-Expires': String(SIGNED_FOR_SECONDS),
        'X-Tos-SignedHeaders': 'host',
        'X-Tos-Signature': sign(path, date),
      })
      return `http://${host}${path}?${query}`
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type DemoFileHost = Awaited<ReturnType<typeof startDemoFileHost>>
