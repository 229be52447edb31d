import { unzipBounded } from './boundedUnzip.ts'
import type { UnzipResponse } from './unzipProtocol.ts'

const isBareGlb = (bytes: ArrayBuffer) =>
  bytes.byteLength >= 4 && new TextDecoder().decode(new Uint8Array(bytes, 0, 4)) === 'glTF'

/** A result's files, in a worker. Ark sends zips; a file host that sends the GLB itself is read as a one-file result. */
export async function unpackZip(zip: Blob, maxUncompressedBytes: number): Promise<UnzipResponse> {
  const bytes = await zip.arrayBuffer()
  if (isBareGlb(bytes))
    return { ok: true, entries: [{ path: 'model.glb', size: bytes.byteLength }], files: { 'model.glb': bytes } }
  return unzipBounded(bytes, maxUncompressedBytes)
}
