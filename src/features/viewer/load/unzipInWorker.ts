import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'
import { PreviewError } from './viewerErrors.ts'

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 2 * 1024 ** 3

/** The zip-bomb limit: 2 GB unless `localStorage["ark3d:zipLimitBytes"]` says otherwise. */
export function maxUncompressedBytes(): number {
  const configured = Number(localStorage.getItem('ark3d:zipLimitBytes'))
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_UNCOMPRESSED_BYTES
}

/**
 * Unzips in a Web Worker so the page stays responsive; the zip's bytes are copied in (the caller
 * keeps its copy for the download) and the files are transferred back. The worker ends with the call.
 */
export function unzipInWorker(zip: ArrayBuffer, signal: AbortSignal) {
  return new Promise<Extract<UnzipResponse, { ok: true }>>((resolve, reject) => {
    const worker = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module' })
    const finish = () => {
      worker.terminate()
      signal.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort)
    worker.onmessage = (event: MessageEvent<UnzipResponse>) => {
      finish()
      const result = event.data
      if (result.ok) resolve(result)
      else reject(new PreviewError(result.kind, result.message))
    }
    worker.onerror = (event) => {
      finish()
      reject(new PreviewError('corrupt-zip', `The zip could not be unpacked: ${event.message}`))
    }
    const request: UnzipRequest = { zip: zip.slice(0), maxUncompressedBytes: maxUncompressedBytes() }
    worker.postMessage(request, [request.zip])
  })
}
