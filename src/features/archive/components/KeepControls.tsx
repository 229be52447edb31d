import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatLocal } from '../../../lib/formatTime.ts'
import { removeFile } from '../db/fileStore.ts'
import { forgetArchivedTask } from '../db/taskRecords.ts'
import { cancelKeep, keepTask, retryKeep } from '../keep/keepQueue.ts'
import { fileStillAtArk } from '../../../api/storageState.ts'
import { StorageBadge } from '../../../components/StorageBadge.tsx'
import { errorMessage } from '../../../lib/errorMessage.ts'
import { useStorageState, useUnreachableReason } from '../hooks/useStorageState.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** The task's storage state in a sentence, with what can be done about it: keep, cancel, remove. */
export function KeepControls({ task }: { task: ArkTask }) {
  const { files, jobs, progress } = useLocalFilesContext()
  const state = useStorageState(task)
  const [error, setError] = useState<string>()
  const file = files?.[task.id]
  const job = jobs[task.id]
  const fileAtArk = fileStillAtArk(state)
  const unreachable = useUnreachableReason(task)
  const canKeep = task.kind === '3d' && Boolean(task.fileUrl) && !unreachable

  const keep = async () => {
    setError(undefined)
    try {
      await keepTask(task)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <div className="mb-3 border-b border-border pb-1 [&_p]:my-1" role="group" aria-label="Result storage">
      {state && (
        <p>
          <StorageBadge state={state} long />
          {file?.kept && (
            <span className="text-muted-foreground">
              {' '}
              {formatBytes(file.bytes)}, stored {formatLocal(Math.floor(file.storedAt / 1000))}.
            </span>
          )}
        </p>
      )}
      {file?.kept ? (
        <p>
          <Button variant="link" onClick={() => void removeFile(task.id)}>
            Remove the saved files
          </Button>
        </p>
      ) : job ? (
        <p role="status">
          {job.lastError ? (
            <>
              <span className="text-destructive">Not saved: {job.lastError}</span>{' '}
              {/* A file gone at Ark will not come back: Retry only where it can work. */}
              {fileAtArk && (
                <Button variant="link" onClick={() => void retryKeep(task.id)}>
                  Retry
                </Button>
              )}
            </>
          ) : progress[task.id] ? (
            `Saving… ${formatBytes(progress[task.id]!.loaded)}`
          ) : (
            'Waiting to save…'
          )}{' '}
          <Button variant="link" onClick={() => void cancelKeep(task.id)}>
            {job.lastError ? 'Dismiss' : 'Cancel'}
          </Button>
        </p>
      ) : canKeep ? (
        <p>
          <Button size="sm" onClick={() => void keep()}>
            Save
          </Button>{' '}
          <span className="text-muted-foreground">
            {file
              ? 'This page already holds the file: Save stores it here, with no download.'
              : 'Saves the zip in this browser, so it outlives Ark’s 24 hours.'}
          </span>
          {file && (
            <>
              {' '}
              <Button variant="link" onClick={() => void removeFile(task.id)}>
                Remove the cached file
              </Button>
            </>
          )}
        </p>
      ) : null}
      {error && (
        <p className="text-destructive" role="alert">
          {error}
        </p>
      )}
      <RemoveFromArchive taskId={task.id} />
    </div>
  )
}

/** Removes the task and its local file from this browser's library, after a confirm; Ark is not touched. */
function RemoveFromArchive({ taskId }: { taskId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="link">Remove from library</Button>}
      title="Remove this task from the library??"
      description={
        <>
          <code className="font-mono text-[12.5px]">{taskId}</code> and any local file of it leave this browser. Ark is
          not touched: while Ark still lists the task, it comes back into the library the next time it is seen.
        </>
      }
      actions={
        <Button
          variant="destructive"
          onClick={() => {
            setOpen(false)
            void forgetArchivedTask(taskId)
          }}
        >
          Remove from library
        </Button>
      }
    />
  )
}
