import { Alert } from '../../components/ui/alert.tsx'
import { Suspense, useState } from 'react'
import { formatDuration, formatLocal } from '../../lib/formatTime.ts'
import { useNow } from '../../lib/useNow.ts'
import type { ArkTask } from '../../api/arkTask.ts'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import {
  KeepButton,
  KeepControls,
  ResultDownloadButton,
  useResultSource,
  useStorageState,
  useThumbnailUrl,
} from '../../features/archive/index.ts'
import { useViewable } from './resultViewable.ts'
import { savePicture } from '../thumbnails/sharedPictures.ts'
import { LazyModelPreview, type ViewerAddress } from '../../features/viewer/index.ts'

interface ResultViewProps {
  task: ArkTask
  /** The viewer's part of the address, and where a change to it goes. */
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
}

/** Keep and Download in the task's header, as the result's storage state allows. */
export function ResultActions({ task }: { task: ArkTask }) {
  return (
    <>
      <KeepButton task={task} />
      <ResultDownloadButton task={task} />
    </>
  )
}

/** A succeeded 3D task's model, read from this browser's copy or from Ark, then its storage. */
export function TaskResult({ task, viewer, onViewer }: ResultViewProps) {
  const viewableNow = useViewable(task)
  // Once shown, the preview stays: a file it finds gone is said there, with its cause.
  const [shown, setShown] = useState(false)
  if (viewableNow && !shown) setShown(true)
  const viewable = viewableNow || shown
  return (
    <>
      {task.fileUrl && viewable && <TaskPreview task={task} viewer={viewer} onViewer={onViewer} />}
      {!viewable && <GoneNote task={task} />}
      <KeepControls task={task} />
    </>
  )
}

/** In the model's place when its file is gone at Ark and not saved here: why, and since when. */
function GoneNote({ task }: { task: ArkTask }) {
  const state = useStorageState(task)
  const now = useNow() / 1000
  if (state?.kind !== 'gone') return null
  const why = {
    'file-expired': `Ark deletes results 24 hours after the task finished, and this one's time ran out ${formatDuration(now - state.at)} ago.`,
    deleted: `It was deleted at Ark on ${formatLocal(state.at)}.`,
    'file-gone': `The file host refused the file on ${formatLocal(state.at)}.`,
  }[state.why]
  return (
    <Alert className="my-3" role="note" aria-label="The file is gone">
      <strong>The file is gone</strong>
      <p>{why} Its files were not saved here, so the model cannot be shown.</p>
    </Alert>
  )
}

function TaskPreview({ task, viewer, onViewer }: ResultViewProps) {
  const source = useResultSource(task)
  const poster = useThumbnailUrl(task.id)
  if (!source) return null
  return (
    <ErrorBoundary label="The 3D preview">
      <Suspense fallback={<p className="text-muted-foreground">Loading the viewer…</p>}>
        <LazyModelPreview
          taskId={task.id}
          sourceKey={source.key}
          loadZip={source.load}
          onThumbnail={(picture) => void savePicture(task.id, picture)}
          address={viewer}
          onAddress={onViewer}
          poster={poster}
          sourceNote={
            source.local ? (
              <p className="m-0 mb-2 text-(--good)" role="note">
                Shown from the copy in this browser.
              </p>
            ) : undefined
          }
        />
      </Suspense>
    </ErrorBoundary>
  )
}
