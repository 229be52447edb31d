import { useEffect } from 'react'
import type { ZipLoader } from '../../../api/resultFile.ts'
import { useHeavyWork } from '../../../lib/heavyWork.ts'
import { usePreparedZip } from '../hooks/usePreparedZip.ts'
import { warmUpWebGL } from '../gpuPacing/webglWarmUp.ts'
import { Downloads } from '../preview/Downloads.tsx'
import { Poster } from '../preview/Poster.tsx'
import { PreparedPreview } from '../preview/PreparedPreview.tsx'
import type { ViewerAddress } from '../preview/viewerAddress.ts'
import { LoadProgress } from './LoadProgress.tsx'
import { PreviewFailure } from './PreviewFailure.tsx'

const NO_FILES: Record<string, Blob> = {}
const NO_PATHS: string[] = []

export type { ViewerAddress } from '../preview/viewerAddress.ts'

interface Props {
  taskId: string
  /** Names where the bytes come from; a new key loads again. */
  sourceKey: string
  loadZip: ZipLoader
  /** A line above the viewer saying where the file comes from. */
  sourceNote?: React.ReactNode
  /** Receives a picture of the framed model once its first frame is drawn (the first variant only). */
  onThumbnail?: (picture: Blob) => void
  address?: ViewerAddress
  onAddress?: (next: ViewerAddress) => void
  /** A picture of the result, shown in the view's place while the model downloads and loads. */
  poster?: string
}

/** The 3D preview of a succeeded task: download, unzip, pick a model, show it, with its facts and downloads. */
export default function ModelPreview({
  taskId,
  sourceKey,
  loadZip,
  sourceNote,
  onThumbnail,
  address,
  onAddress,
  poster,
}: Props) {
  const state = usePreparedZip(loadZip, sourceKey, { modelDownloads: true })
  useHeavyWork(state.phase === 'fetching' || state.phase === 'unzipping')
  useEffect(warmUpWebGL, [])
  return (
    <section className="my-2.5" aria-label="3D preview pane">
      {sourceNote}
      {poster && (state.phase === 'fetching' || state.phase === 'unzipping') && <Poster src={poster} />}
      {state.phase === 'fetching' && <LoadProgress label="Downloading" progress={state.progress} />}
      {state.phase === 'unzipping' && <LoadProgress label="Unzipping" progress={state.progress} />}
      {state.phase === 'failed' && (
        <>
          <PreviewFailure error={state.error} />
          {state.zip && <Downloads taskId={taskId} zip={state.zip} files={NO_FILES} modelPaths={NO_PATHS} />}
        </>
      )}
      {state.phase === 'ready' && (
        <PreparedPreview
          key={taskId}
          taskId={taskId}
          prepared={state.prepared}
          onThumbnail={onThumbnail}
          address={address ?? {}}
          onAddress={onAddress ?? (() => {})}
          poster={poster}
        />
      )}
    </section>
  )
}
