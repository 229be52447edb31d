/// <reference lib="webworker" />
import { pickModels } from './pickModels.ts'
import { splitGlb, type SplitGlb } from './splitGlb.ts'
import { unpackZip } from './unpackZip.ts'
import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

self.onmessage = async (event: MessageEvent<UnzipRequest>) => {
  let result: UnzipResponse
  try {
    result = await unpackZip(event.data.zip, event.data.maxUncompressedBytes)
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
