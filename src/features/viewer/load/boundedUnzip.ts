import { Unzip, UnzipInflate, unzipSync, type UnzipFile, type UnzipFileInfo } from 'fflate'
import type { UnzipResponse } from './unzipProtocol.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

const STORED = 0
const DEFLATED = 8
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1032×, so what one
 * slice can produce past an entry's declared size is bounded (~16 MB) before it is refused.
 */
const SLICE = 16 * 1024

export interface UnzipStats {
  /** Bytes the inflater produced, counted as read: what the zip cost in memory beyond its own bytes. */
  inflated: number
}

function formatBytes(bytes: number) {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`
}

class CorruptEntry extends Error {}

/** The central directory: names, methods and declared sizes, with nothing inflated. */
function directoryOf(zip: Uint8Array): UnzipFileInfo[] {
  const listed: UnzipFileInfo[] = []
  unzipSync(zip, {
    filter(file) {
      if (!file.name.endsWith('/')) listed.push(file)
      return false
    },
  })
  return listed
}

/** Collects one entry's bytes into a buffer of its declared size, refusing a stream that runs past it. */
function entrySink(
  file: UnzipFile,
  declared: UnzipFileInfo,
  stats: UnzipStats,
  onFailure: (error: CorruptEntry) => void,
) {
  const out = new Uint8Array(declared.originalSize)
  let written = 0
  let failed = false
  const sink = { out, done: false }
  const fail = (message: string) => {
    failed = true
    file.terminate()
    onFailure(new CorruptEntry(message))
  }
  file.ondata = (error, chunk, final) => {
    if (failed) return
    if (error) return fail(`${file.name} cannot be inflated (${error.message})`)
    stats.inflated += chunk.length
    if (written + chunk.length > out.length) {
      return fail(
        file.compression === STORED
          ? `${file.name} is stored with more bytes than the ${out.length} it declares`
          : `${file.name} inflates past its declared ${out.length} bytes`,
      )
    }
    out.set(chunk, written)
    written += chunk.length
    if (!final) return
    if (written !== out.length)
      return fail(
        file.compression === STORED
          ? `${file.name} is stored with ${written} bytes but declares ${out.length}`
          : `${file.name} inflates to ${written} bytes, not the ${out.length} it declares`,
      )
    sink.done = true
  }
  return sink
}

/** Streams the zip through fflate's unzipper a slice at a time, so a lying entry is caught within one slice. */
function inflateAll(zip: Uint8Array, listed: UnzipFileInfo[], stats: UnzipStats): Record<string, ArrayBuffer> {
  const byName = new Map(listed.map((entry) => [entry.name, entry]))
  const sinks = new Map<string, ReturnType<typeof entrySink>>()
  let current = ''
  let failure: CorruptEntry | undefined
  const unzip = new Unzip((file) => {
    const declared = byName.get(file.name)
    if (!declared || sinks.has(file.name)) return
    if (file.compression !== STORED && file.compression !== DEFLATED)
      throw new CorruptEntry(`${file.name} uses a compression method the viewer cannot read`)
    current = file.name
    sinks.set(
      file.name,
      entrySink(file, declared, stats, (error) => (failure ??= error)),
    )
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let offset = 0; offset < zip.length && !failure; offset += SLICE)
      unzip.push(zip.subarray(offset, offset + SLICE), offset + SLICE >= zip.length)
  } catch (error) {
    if (error instanceof CorruptEntry) throw error
    throw new CorruptEntry(`${current || 'an entry'} cannot be inflated (${errorMessage(error)})`)
  }
  if (failure) throw failure
  const files: Record<string, ArrayBuffer> = {}
  for (const entry of listed) {
    const sink = sinks.get(entry.name)
    if (!sink?.done) throw new CorruptEntry(`${entry.name} has no complete data in the zip`)
    files[entry.name] = sink.out.buffer
  }
  return files
}

/**
 * Unzips with memory bounded by what the zip declares: the declared total is checked against the
 * limit before anything is inflated, and each entry is inflated as a stream into a buffer of its
 * declared size, refused the moment it passes it (such a zip is corrupt by definition).
 */
export function unzipBounded(
  zip: ArrayBuffer,
  maxUncompressedBytes: number,
  stats: UnzipStats = { inflated: 0 },
): UnzipResponse {
  const bytes = new Uint8Array(zip)
  let listed: UnzipFileInfo[]
  try {
    listed = directoryOf(bytes)
  } catch (error) {
    return { ok: false, kind: 'corrupt-zip', message: `The zip cannot be read: ${errorMessage(error)}.` }
  }
  const declared = listed.reduce((sum, entry) => sum + entry.originalSize, 0)
  if (declared > maxUncompressedBytes) {
    return {
      ok: false,
      kind: 'too-large',
      message: `The zip unpacks to ${formatBytes(declared)}, more than the ${formatBytes(maxUncompressedBytes)} limit.`,
    }
  }
  try {
    const files = inflateAll(bytes, listed, stats)
    return { ok: true, entries: listed.map((e) => ({ path: e.name, size: e.originalSize })), files }
  } catch (error) {
    if (!(error instanceof CorruptEntry)) throw error
    return { ok: false, kind: 'corrupt-zip', message: `The zip is damaged: ${error.message}.` }
  }
}
