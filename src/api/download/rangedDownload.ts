import { tunable } from '../../lib/tunable.ts'
import { readBody } from './readBody.ts'
import { relayed, readWhole, type FetchOptions } from './relayed.ts'
import { resultFileFailure } from './resultFileError.ts'

/**
 * Files from this size on come over several connections (`localStorage["ark3d:parallelFromBytes"]`):
 * on a host that limits each connection to about 2 MB/s, one second of waiting; below it the
 * other requests' round trips would cost about what they save.
 */
export const DEFAULT_PARALLEL_FROM_BYTES = 2 * 1024 * 1024

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/

/** The file changed, or the host stopped honouring ranges, in the middle: start again with one request. */
export class RangesRefused extends Error {}

/**
 * The first request asks for `bytes=0-`; when the host answers 206 with the file's size, it keeps
 * reading the first share while the others fetch the rest as ranges, each with `If-Range`, joined
 * in order. A 200 anywhere (a host that ignores Range, a file replaced meanwhile) is RangesRefused
 * for a later part, or the whole file read from the first.
 */
export async function fetchInRanges(fileUrl: string, options: FetchOptions, connections: number) {
  const { onProgress = () => undefined, signal } = options
  const first = await relayed(fileUrl, { headers: { Range: 'bytes=0-' } }, signal)
  if (!first.ok) throw await resultFileFailure(first, options.expiresAt)
  const range = CONTENT_RANGE.exec(first.headers.get('content-range') ?? '')
  if (first.status !== 206 || !range || range[1] !== '0') {
    // The host sends the whole file: read it from this one request.
    return readWhole(first, onProgress, signal)
  }
  const total = Number(range[3])
  const parallelFrom = tunable('parallelFromBytes', DEFAULT_PARALLEL_FROM_BYTES)
  const parts = total >= parallelFrom ? connections : 1
  const share = Math.ceil(total / parts)
  let loaded = 0
  const onBytes = (count: number) => {
    loaded += count
    onProgress({ loaded, total })
  }
  const etag = first.headers.get('etag')
  const others = new AbortController()
  const stopOthers = () => others.abort()
  signal?.addEventListener('abort', stopOthers)
  const otherSignal = signal ? AbortSignal.any([signal, others.signal]) : others.signal
  const part = async (index: number) => {
    const start = index * share
    const end = Math.min(total, start + share) - 1
    const headers: Record<string, string> = { Range: `bytes=${start}-${end}` }
    if (etag) headers['If-Range'] = etag
    const response = await relayed(fileUrl, { headers }, otherSignal)
    if (!response.ok) throw await resultFileFailure(response, options.expiresAt)
    const got = CONTENT_RANGE.exec(response.headers.get('content-range') ?? '')
    if (
      response.status !== 206 ||
      !got ||
      Number(got[1]) !== start ||
      Number(got[2]) !== end ||
      Number(got[3]) !== total
    ) {
      void response.body?.cancel()
      throw new RangesRefused()
    }
    return readBody(response, {
      expected: end - start + 1,
      stopAtExpected: true,
      offset: start,
      onBytes,
      signal: otherSignal,
    })
  }
  let joined: Blob[]
  try {
    joined = await Promise.all([
      readBody(first, { expected: Math.min(share, total), stopAtExpected: true, onBytes, signal }),
      ...Array.from({ length: parts - 1 }, (_, i) => part(i + 1)),
    ])
  } catch (error) {
    others.abort()
    void first.body?.cancel().catch(() => undefined)
    if (signal?.aborted) throw signal.reason ?? error
    throw error
  } finally {
    signal?.removeEventListener('abort', stopOthers)
  }
  return new Blob(joined)
}
