import JSZip from 'jszip'
import type { UnzipResponse } from './unzipProtocol.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/**
 * JSZip reads the central directory without inflating anything; `_data` is its record of an entry:
 * the declared sizes, the method and a view of the compressed bytes.
 */
interface CompressedEntry {
  uncompressedSize: number
  compressedSize: number
  compression: { magic: string }
  compressedContent: Uint8Array<ArrayBuffer>
}
type EntryWithData = JSZip.JSZipObject & { _data?: CompressedEntry }

const STORED = '\x00\x00'
const DEFLATED = '\x08\x00'
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

function slices(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  let offset = 0
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close()
        controller.enqueue(bytes.subarray(offset, offset + SLICE))
        offset += SLICE
      },
    },
    { highWaterMark: 0 },
  )
}

/** Inflates into a buffer of the declared size; a stream that runs past it is refused at that chunk. */
async function inflateEntry(name: string, data: CompressedEntry, stats: UnzipStats): Promise<Uint8Array> {
  const declared = data.uncompressedSize
  const out = new Uint8Array(declared)
  if (data.compression.magic === STORED) {
    if (data.compressedContent.length !== declared)
      throw new CorruptEntry(`${name} is stored with ${data.compressedContent.length} bytes but declares ${declared}`)
    out.set(data.compressedContent)
    stats.inflated += declared
    return out
  }
  if (data.compression.magic !== DEFLATED)
    throw new CorruptEntry(`${name} uses a compression method the viewer cannot read`)
  const reader = slices(data.compressedContent).pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  let written = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      stats.inflated += value.length
      if (written + value.length > declared) {
        throw new CorruptEntry(`${name} inflates past its declared ${declared} bytes`)
      }
      out.set(value, written)
      written += value.length
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined)
    if (error instanceof CorruptEntry) throw error
    throw new CorruptEntry(`${name} cannot be inflated (${errorMessage(error)})`)
  }
  if (written !== declared)
    throw new CorruptEntry(`${name} inflates to ${written} bytes, not the ${declared} it declares`)
  return out
}

/**
 * Unzips with memory bounded by what the zip declares: the declared total is checked against the
 * limit before anything is inflated, and each entry is inflated as a stream into a buffer of its
 * declared size, refused the moment it passes it (such a zip is corrupt by definition).
 */
export async function unzipBounded(
  zip: ArrayBuffer,
  maxUncompressedBytes: number,
  stats: UnzipStats = { inflated: 0 },
): Promise<UnzipResponse> {
  let archive: JSZip
  try {
    archive = await JSZip.loadAsync(zip, { checkCRC32: false })
  } catch (error) {
    return { ok: false, kind: 'corrupt-zip', message: `The zip cannot be read: ${errorMessage(error)}` }
  }
  const entries = (Object.values(archive.files) as EntryWithData[]).filter((entry) => !entry.dir)
  if (entries.some((entry) => !entry._data?.compressedContent)) {
    return { ok: false, kind: 'corrupt-zip', message: 'The zip cannot be read: an entry has no data.' }
  }
  const declared = entries.reduce((sum, entry) => sum + entry._data!.uncompressedSize, 0)
  if (declared > maxUncompressedBytes) {
    return {
      ok: false,
      kind: 'too-large',
      message: `The zip unpacks to ${formatBytes(declared)}, more than the ${formatBytes(maxUncompressedBytes)} limit.`,
    }
  }
  const files: Record<string, ArrayBuffer> = {}
  try {
    for (const entry of entries)
      files[entry.name] = (await inflateEntry(entry.name, entry._data!, stats)).buffer as ArrayBuffer
  } catch (error) {
    if (!(error instanceof CorruptEntry)) throw error
    return { ok: false, kind: 'corrupt-zip', message: `The zip is damaged: ${error.message}.` }
  }
  return { ok: true, entries: entries.map((e) => ({ path: e.name, size: files[e.name]!.byteLength })), files }
}
