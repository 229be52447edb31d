/// <reference lib="webworker" />
import { unzipBounded } from './boundedUnzip.ts'
import { pickModels } from './pickModels.ts'
import { splitGlb, type SplitGlb } from './splitGlb.ts'
import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

const isBareGlb = (bytes: ArrayBuffer) =>
  bytes.byteLength >= 4 && new TextDecoder().decode(new Uint8Array(bytes, 0, 4)) === 'glTF'

async function unpack(request: UnzipRequest): Promise<UnzipResponse> {
  const zip = await request.zip.arrayBuffer()
  // Ark sends zips; a file host that sends the GLB itself is read as a one-file result.
  if (isBareGlb(zip))
    return { ok: true, entries: [{ path: 'model.glb', size: zip.byteLength }], files: { 'model.glb': zip } }
  return unzipBounded(zip, request.maxUncompressedBytes)
}

self.onmessage = async (event: MessageEvent<UnzipRequest>) => {
  let result: UnzipResponse
  try {
    result = await unpack(event.data)
  } catch (error) {
    result = { ok: false, kind: 'corrupt-zip', message: `The zip could not be unpacked: ${errorMessage(error)}` }
  }
  const transfer: ArrayBuffer[] = []
  if (result.ok) {
    const splits: Record<string, SplitGlb> = {}
    for (const [path, bytes] of Object.entries(result.files)) {
      const split = /\.glb$/i.test(path) ? splitGlb(bytes) : undefined
      if (split) {
        splits[path] = split
        transfer.push(...split.bufferViews)
      }
    }
    result.splits = splits
    if (event.data.modelBlobs)
      result.modelBlobs = Object.fromEntries(
        pickModels(result.entries).models.map(({ path }) => [path, new Blob([result.files[path]!])]),
      )
    transfer.push(...Object.values(result.files))
  }
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(result, transfer)
}
