import { Suspense } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import {
  KeepButton,
  KeepControls,
  ResultDownloadButton,
  saveThumbnail,
  useResultSource,
  useStorageState,
  useThumbnailUrl,
} from '../../features/archive/index.ts'
import { useViewable } from './resultViewable.ts'
import { LazyModelPreview, type ViewerAddress } from '../../features/viewer/index.ts'

interface ResultViewProps {
  task: ArkTask
  /** The viewer's part of the address, and where a change to it goes. */
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
}

/** Keep and Download in the task's header, as the result's storage state allows. */
export function ResultActions({ task }: { task: ArkTask }) {
  const state = useStorageState(task)
  return (
    <>
      <KeepButton task={task} />
      <ResultDownloadButton task={task} state={state} />
    </>
  )
}

/** A succeeded 3D task's model, read from this browser's copy or from Ark, then its storage. */
export function TaskResult({ task, viewer, onViewer }: ResultViewProps) {
  const viewable = useViewable(task)
  return (
    <>
      {task.fileUrl && viewable && <TaskPreview task={task} viewer={viewer} onViewer={onViewer} />}
      <KeepControls task={task} />
    </>
  )
}

function TaskPreview({ task, viewer, onViewer }: ResultViewProps) {
  const source = useResultSource(task)
  const poster = useThumbnailUrl(task.id)
  if (!source) return null
  return (
    <ErrorBoundary label="The 3D preview">
      <Suspense fallback={<p className="muted">Loading the viewer…</p>}>
        <LazyModelPreview
          taskId={task.id}
          sourceKey={source.key}
          loadZip={source.load}
          onThumbnail={(picture) => void saveThumbnail(task.id, picture)}
          address={viewer}
          onAddress={onViewer}
          poster={poster}
          sourceNote={
            source.local ? (
              <p className="source-note" role="note">
                Shown from the copy in this browser.
              </p>
            ) : undefined
          }
        />
      </Suspense>
    </ErrorBoundary>
  )
}
