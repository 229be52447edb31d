import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../../../components/ui/dialog.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatLocal } from '../../../lib/formatTime.ts'
import { useNow } from '../../../lib/useNow.ts'
import { removeFile } from '../db/fileStore.ts'
import { forgetArchivedTask } from '../db/taskRecords.ts'
import { cancelKeep, keepTask, retryKeep } from '../keep/keepQueue.ts'
import { arkStillHasResult } from '../../../api/taskFacts.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** Keep this task's result in the browser, see how that stands, or remove the local copy. */
export function KeepControls({ task }: { task: ArkTask }) {
  const { files, jobs, progress } = useLocalFilesContext()
  const now = useNow() / 1000
  const [error, setError] = useState<string>()
  const file = files?.[task.id]
  const job = jobs[task.id]
  const arkHasFile = arkStillHasResult(task, now)
  const canKeep = task.kind === '3d' && Boolean(task.fileUrl)

  const keep = async () => {
    setError(undefined)
    try {
      await keepTask(task)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div className="keep-controls" role="group" aria-label="Local copy">
      {file?.kept ? (
        <p>
          <span className="kept-badge">✓ Kept in this browser</span> {formatBytes(file.bytes)}, stored{' '}
          {formatLocal(Math.floor(file.storedAt / 1000))}.{' '}
          <button type="button" className="link-button" onClick={() => void removeFile(task.id)}>
            Remove local copy
          </button>
        </p>
      ) : job ? (
        <p role="status">
          {job.lastError ? (
            <>
              <span className="error-text">Not kept: {job.lastError}</span>{' '}
              <button type="button" className="link-button" onClick={() => void retryKeep(task.id)}>
                Retry
              </button>
            </>
          ) : progress[task.id] ? (
            `Keeping… ${formatBytes(progress[task.id]!.loaded)}`
          ) : (
            'Waiting to keep…'
          )}{' '}
          <button type="button" className="link-button" onClick={() => void cancelKeep(task.id)}>
            Cancel
          </button>
        </p>
      ) : canKeep ? (
        <p>
          <button type="button" onClick={() => void keep()} disabled={!arkHasFile && !file}>
            Keep
          </button>{' '}
          <span className="muted">
            {file
              ? `A preview copy (${formatBytes(file.bytes)}) is here; Keep stores it for good.`
              : arkHasFile
                ? 'Stores the zip in this browser, so it outlives Ark’s 24 hours.'
                : 'Ark has deleted this file and no copy is here.'}
          </span>
          {file && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => void removeFile(task.id)}>
                Remove preview copy
              </button>
            </>
          )}
        </p>
      ) : null}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <RemoveFromArchive taskId={task.id} />
    </div>
  )
}

/** Removes the task and its local file from this browser's archive, after a confirm; Ark is not touched. */
function RemoveFromArchive({ taskId }: { taskId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <button type="button" className="link-button">
          Remove from archive
        </button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove this task from the archive?</DialogTitle>
          <DialogDescription>
            <code>{taskId}</code> and any local file of it leave this browser. Ark is not touched: while Ark still lists
            the task, it comes back into the archive the next time it is seen.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="destructive"
            onClick={() => {
              setOpen(false)
              void forgetArchivedTask(taskId)
            }}
          >
            Remove from archive
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
