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
    <div className="keep-controls" role="group" aria-label="Result storage">
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
          <button type="button" className="link-button" onClick={() => void removeFile(task.id)}>
            Remove the saved files
          </button>
        </p>
      ) : job ? (
        <p role="status">
          {job.lastError ? (
            <>
              <span className="error-text">Not saved: {job.lastError}</span>{' '}
              {/* A file gone at Ark will not come back: Retry only where it can work. */}
              {fileAtArk && (
                <button type="button" className="link-button" onClick={() => void retryKeep(task.id)}>
                  Retry
                </button>
              )}
            </>
          ) : progress[task.id] ? (
            `Saving… ${formatBytes(progress[task.id]!.loaded)}`
          ) : (
            'Waiting to save…'
          )}{' '}
          <button type="button" className="link-button" onClick={() => void cancelKeep(task.id)}>
            {job.lastError ? 'Dismiss' : 'Cancel'}
          </button>
        </p>
      ) : canKeep ? (
        <p>
          <button type="button" onClick={() => void keep()}>
            Keep
          </button>{' '}
          <span className="muted">
            {file
              ? 'This page already holds the file: Keep saves it here, with no download.'
              : 'Saves the zip in this browser, so it outlives Ark’s 24 hours.'}
          </span>
          {file && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => void removeFile(task.id)}>
                Remove the cached file
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

/** Removes the task and its local file from this browser's library, after a confirm; Ark is not touched. */
function RemoveFromArchive({ taskId }: { taskId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button type="button" className="link-button">
          Remove from library
        </button>
      }
      title="Remove this task from the library??"
      description={
        <>
          <code>{taskId}</code> and any local file of it leave this browser. Ark is not touched: while Ark still lists
          the task, it comes back into the library the next time it is seen.
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
