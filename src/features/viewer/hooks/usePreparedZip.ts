import { startTransition, useEffect, useState } from 'react'
import { ResultFileError, type FetchProgress, type ZipLoader } from '../../../api/resultFile.ts'
import { pickModels, type ModelCandidate } from '../load/pickModels.ts'
import type { ZipEntryInfo } from '../load/unzipProtocol.ts'
import { unzipInWorker } from '../load/unzipInWorker.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { studioEnvironmentOrNull } from '../environment/studioEnvironment.ts'

export interface PreparedZip {
  zip: Blob
  entries: ZipEntryInfo[]
  files: Record<string, ArrayBuffer>
  /** The models' files as Blobs, for their download links (empty unless asked for). */
  modelBlobs: Record<string, Blob>
  models: ModelCandidate[]
  unshowable: string[]
}

export type ZipState =
  | { phase: 'fetching'; progress: FetchProgress }
  | { phase: 'unzipping'; progress: FetchProgress }
  | { phase: 'ready'; prepared: PreparedZip }
  | { phase: 'failed'; error: PreviewError; zip?: Blob }

/** Gets the zip: from Ark's file host through the relay, or from the local archive. */

/**
 * Loads a result zip and unpacks it off the main thread. A new `sourceKey` (another task or
 * source) or closing the pane abandons the download and ends the worker.
 */
export function usePreparedZip(
  loadZip: ZipLoader,
  sourceKey: string,
  { modelDownloads }: { modelDownloads: boolean },
): ZipState {
  const [state, setState] = useState<ZipState>({ phase: 'fetching', progress: { loaded: 0 } })
  useEffect(() => {
    const abort = new AbortController()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new download starts from zero
    setState({ phase: 'fetching', progress: { loaded: 0 } })
    let lastReport = 0
    ;(async () => {
      performance.mark('ark3d:fetch-start')
      // The studio light is prefiltered in a worker while the zip comes: ready before the model.
      void studioEnvironmentOrNull()
      const zip = await loadZip((progress) => {
        const now = performance.now()
        if (now - lastReport > 50 || progress.loaded === progress.total) {
          lastReport = now
          setState({ phase: 'fetching', progress })
        }
      }, abort.signal)
      performance.mark('ark3d:fetch-end')
      setState({ phase: 'unzipping', progress: { loaded: zip.size, total: zip.size } })
      let unzipped
      try {
        unzipped = await unzipInWorker(zip, abort.signal, { modelBlobs: modelDownloads })
      } catch (error) {
        if (error instanceof PreviewError) return setState({ phase: 'failed', error, zip })
        throw error
      }
      performance.mark('ark3d:unzip-end')
      const { models, unshowable } = pickModels(unzipped.entries)
      // The whole viewer mounts with this: rendered as a transition, React yields every few
      // milliseconds instead of taking one long task just before the WebGL context is made.
      startTransition(() =>
        setState({
          phase: 'ready',
          prepared: {
            zip,
            entries: unzipped.entries,
            files: unzipped.files,
            modelBlobs: unzipped.modelBlobs ?? {},
            models,
            unshowable,
          },
        }),
      )
    })().catch((error) => {
      if (abort.signal.aborted) return
      setState({
        phase: 'failed',
        error: asPreviewError(error),
      })
    })
    return () => abort.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the loader is identified by its key
  }, [sourceKey, modelDownloads])
  return state
}

/** A download failure in the viewer's words: a file the host no longer serves is "gone", the rest is the network's. */
function asPreviewError(error: unknown): PreviewError {
  if (error instanceof PreviewError) return error
  if (error instanceof ResultFileError)
    return new PreviewError(error.kind === 'gone' ? 'expired' : 'network', error.message)
  return new PreviewError('network', error instanceof Error ? error.message : String(error))
}
