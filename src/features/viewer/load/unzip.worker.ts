/// <reference lib="webworker" />
import { unzipBounded } from './boundedUnzip.ts'
import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'

self.onmessage = async (event: MessageEvent<UnzipRequest>) => {
  let result: UnzipResponse
  try {
    result = await unzipBounded(event.data.zip, event.data.maxUncompressedBytes)
  } catch (error) {
    result = { ok: false, kind: 'corrupt-zip', message: `The zip could not be unpacked: ${(error as Error).message}` }
  }
  const transfer = result.ok ? Object.values(result.files) : []
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(result, transfer)
}
