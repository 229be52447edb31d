/// <reference lib="webworker" />
import JSZip from 'jszip'
import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'

// JSZip reads the sizes the central directory declares; `_data` is where it keeps them.
type EntryWithSize = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } }

function formatBytes(bytes: number) {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`
}

async function unzip({ zip, maxUncompressedBytes }: UnzipRequest): Promise<UnzipResponse> {
  let archive: JSZip
  try {
    archive = await JSZip.loadAsync(zip, { checkCRC32: false })
  } catch (error) {
    return { ok: false, kind: 'corrupt-zip', message: `The zip cannot be read: ${(error as Error).message}` }
  }
  const entries = Object.values(archive.files).filter((entry) => !entry.dir) as EntryWithSize[]
  const declared = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0)
  if (declared > maxUncompressedBytes) {
    return {
      ok: false,
      kind: 'too-large',
      message: `The zip unpacks to ${formatBytes(declared)}, more than the ${formatBytes(maxUncompressedBytes)} limit.`,
    }
  }
  const files: Record<string, ArrayBuffer> = {}
  let unpacked = 0
  try {
    for (const entry of entries) {
      const bytes = await entry.async('uint8array')
      unpacked += bytes.byteLength
      // Declared sizes can lie: count what really comes out too.
      if (unpacked > maxUncompressedBytes) {
        return {
          ok: false,
          kind: 'too-large',
          message: `The zip unpacks to more than the ${formatBytes(maxUncompressedBytes)} limit.`,
        }
      }
      files[entry.name] =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? (bytes.buffer as ArrayBuffer)
          : bytes.slice().buffer
    }
  } catch (error) {
    return { ok: false, kind: 'corrupt-zip', message: `The zip is damaged: ${(error as Error).message}` }
  }
  return { ok: true, entries: entries.map((e) => ({ path: e.name, size: files[e.name]!.byteLength })), files }
}

self.onmessage = async (event: MessageEvent<UnzipRequest>) => {
  const result = await unzip(event.data)
  const transfer = result.ok ? Object.values(result.files) : []
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(result, transfer)
}
