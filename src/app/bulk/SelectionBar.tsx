import { Progress } from '../../components/ui/progress.tsx'
import { ArchiveIcon, Columns2Icon, DownloadIcon, FolderDownIcon, Trash2Icon, XIcon } from 'lucide-react'
import { Suspense, useRef, useState } from 'react'
import { toast } from '../../components/ui/toast.ts'
import type { ArkTask } from '../../api/arkTask.ts'
import { Button } from '../../components/ui/button.tsx'
import { Tooltip } from '../../components/ui/tooltip.tsx'
import { bytesHere, KeepConfirmDialog, useKeepable } from '../../features/archive/index.ts'
import { formatBytes } from '../../lib/formatBytes.ts'
import { saveBlob } from '../../lib/saveBlob.ts'
import { useSelection } from '../selection/selection.ts'
import { lazyNamed } from '../../lib/lazyNamed.ts'
import { directoryPicker, saveResultsToFolder, zipResults, type DownloadProgress } from './downloadResults.ts'

const DeleteDialog = lazyNamed(() => import('./DeleteDialog.tsx'), 'DeleteDialog')

function reportSkipped(progress: DownloadProgress) {
  if (progress.failed.length === 0) return
  toast.warning(`${progress.failed.length} of ${progress.ofFiles} results could not be included`, {
    description: progress.failed.map((f) => `${f.id}: ${f.reason}`).join('\n'),
    duration: 20_000,
  })
}

/** The count of selected tasks and what can be done to all of them at once. */
export function SelectionBar({ onCompare }: { onCompare: (ids: [string, string]) => void }) {
  const selection = useSelection()
  const tasks = [...selection.tasks.values()]
  const keepable = useKeepable(tasks)
  const withResults = tasks.filter((task) => task.kind === '3d' && task.fileUrl)
  const comparable = tasks.length === 2 && withResults.length === 2
  const [dialog, setDialog] = useState<'keep' | 'delete'>()
  // The dialog works on the tasks selected when it opened, while the selection empties as they go.
  const [toDelete, setToDelete] = useState<ArkTask[]>([])
  const [download, setDownload] = useState<DownloadProgress>()
  const abort = useRef<AbortController>(undefined)
  if (tasks.length === 0 && !dialog) return null

  const runDownload = async (toFolder: boolean) => {
    abort.current = new AbortController()
    const { signal } = abort.current
    setDownload({ files: 0, ofFiles: withResults.length, bytes: 0, failed: [] })
    try {
      if (toFolder) {
        const folder = await directoryPicker()!()
        const progress = await saveResultsToFolder(folder, withResults, bytesHere, setDownload, signal)
        if (!signal.aborted) toast.success(`${progress.files} results saved to ${folder.name}`)
        reportSkipped(progress)
      } else {
        const { blob, fileName, progress } = await zipResults(withResults, bytesHere, setDownload, signal)
        if (!signal.aborted && progress.files > 0) saveBlob(blob, fileName)
        reportSkipped(progress)
      }
    } catch (error) {
      if (!signal.aborted && !(error instanceof Error && error.name === 'AbortError'))
        toast.error(`The download failed: ${String(error)}`)
    } finally {
      setDownload(undefined)
    }
  }

  return (
    <div
      role="region"
      aria-label="Selection"
      className="sticky bottom-3 z-20 mx-auto my-2 flex w-fit max-w-full flex-wrap items-center gap-2 rounded-lg border border-border bg-card px-3 py-2 shadow-lg"
    >
      <strong className="text-[13px]" aria-live="polite">
        {tasks.length} selected
      </strong>
      <Tooltip content="Clear the selection">
        <Button size="sm" variant="ghost" onClick={selection.clear} aria-label="Clear the selection">
          <XIcon />
        </Button>
      </Tooltip>
      <span className="h-5 w-px bg-border" aria-hidden="true" />
      <Tooltip content={comparable ? 'Both results side by side' : 'Select two succeeded 3D tasks to compare them'}>
        <Button size="sm" disabled={!comparable} onClick={() => onCompare([withResults[0]!.id, withResults[1]!.id])}>
          <Columns2Icon />
          Compare
        </Button>
      </Tooltip>
      <Button size="sm" disabled={keepable.length === 0} onClick={() => setDialog('keep')}>
        <ArchiveIcon />
        Save selected
      </Button>
      {download ? (
        <span role="status" className="flex items-center gap-2 text-[13px]">
          <Progress max={download.ofFiles} value={download.files} aria-label="Downloading the selected results" />
          {download.files} of {download.ofFiles} files, {formatBytes(download.bytes)}
          <Button size="sm" variant="ghost" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        </span>
      ) : (
        <>
          <Button size="sm" disabled={withResults.length === 0} onClick={() => void runDownload(false)}>
            <DownloadIcon />
            Download selected
          </Button>
          {directoryPicker() && (
            <Button size="sm" disabled={withResults.length === 0} onClick={() => void runDownload(true)}>
              <FolderDownIcon />
              Save to folder…
            </Button>
          )}
        </>
      )}
      <Button
        size="sm"
        variant="ghost"
        className="text-destructive"
        onClick={() => {
          setToDelete(tasks)
          setDialog('delete')
        }}
      >
        <Trash2Icon />
        Delete selected
      </Button>
      <KeepConfirmDialog
        tasks={keepable}
        open={dialog === 'keep'}
        onOpenChange={(open) => setDialog(open ? 'keep' : undefined)}
      />
      {dialog === 'delete' && (
        <Suspense fallback={null}>
          <DeleteDialog
            tasks={toDelete}
            open
            onOpenChange={(open) => setDialog(open ? 'delete' : undefined)}
            onDone={(ids) =>
              selection.setAll(
                toDelete.filter((task) => ids.includes(task.id)),
                false,
              )
            }
          />
        </Suspense>
      )}
    </div>
  )
}
