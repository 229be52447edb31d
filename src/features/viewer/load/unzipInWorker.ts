import { tunable } from '../../../lib/tunable.ts'
import { callWorker } from './callWorker.ts'
import type { UnzipRequest, UnzipResponse } from './unzipProtocol.ts'
import { rememberSplit } from './splitGlb.ts'
import { PreviewError } from './viewerErrors.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 2 * 1024 ** 3

/** The zip-bomb limit: 2 GB unless `localStorage["ark3d:zipLimitBytes"]` says otherwise. */
export function maxUncompressedBytes(): number {
  return tunable('zipLimitBytes', DEFAULT_MAX_UNCOMPRESSED_BYTES)
}

/**
 * Unzips in a Web Worker so the page stays responsive: the worker reads the Blob itself (the caller
 * keeps it for the download) and the files are transferred back, each GLB also taken apart for the
 * loader. A bare GLB is read as a one-file result. With `modelBlobs`, each model file also comes
 * as a Blob for its download link. The worker ends with the call.
 */
export async function unzipInWorker(zip: Blob, signal: AbortSignal, { modelBlobs }: { modelBlobs: boolean }) {
  const request: UnzipRequest = { zip, maxUncompressedBytes: maxUncompressedBytes(), modelBlobs }
  let result: UnzipResponse
  try {
    result = await callWorker<UnzipRequest, UnzipResponse>(
      () => new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module' }),
      request,
      [],
      signal,
    )
  } catch (error) {
    if (signal.aborted) throw error
    throw new PreviewError('corrupt-zip', `The zip could not be unpacked: ${errorMessage(error)}`)
  }
  if (!result.ok) throw new PreviewError(result.kind, result.message)
  for (const [path, split] of Object.entries(result.splits ?? {})) rememberSplit(result.files[path]!, split)
  return result
}
