import { plural } from '../../../lib/plural.ts'
import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { useTotalResultSize } from '../../../api/resultSizeQuery.ts'
import { totalSizeSentence } from '../sizeSentence.ts'
import { Button } from '../../../components/ui/button.tsx'
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx'
import { useNow } from '../../../lib/useNow.ts'
import { keepTask } from '../keep/keepQueue.ts'
import { arkStillHasResult } from '../../../api/taskFacts.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** The tasks a keep would download: 3D results Ark still has that this browser has not kept or queued. */
export function useKeepable(tasks: readonly ArkTask[]): ArkTask[] {
  const { files, jobs } = useLocalFilesContext()
  const gone = useGoneAtArk()
  const now = useNow() / 1000
  return tasks.filter(
    (task) => arkStillHasResult(task, now) && !gone[task.id] && !files?.[task.id]?.kept && !jobs[task.id],
  )
}

/** Says how many results and how many bytes a keep will store, before it starts. */
export function KeepConfirmDialog({
  tasks,
  open,
  onOpenChange,
  onKept,
}: {
  tasks: ArkTask[]
  open: boolean
  onOpenChange: (open: boolean) => void
  onKept?: () => void
}) {
  const total = useTotalResultSize(tasks, open)
  const [error, setError] = useState<string>()
  const count = `${plural(tasks.length, 'result')}`
  const size = totalSizeSentence(total, tasks.length, (bytes) => `${bytes} in all.`)
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Save ${count} in this browser?`}
      description={
        <>
          They are downloaded two at a time and stored in this browser, so they outlive Ark’s 24 hours.{' '}
          <span role="status">{size}</span>
        </>
      }
      actions={
        <Button
          variant="default"
          onClick={async () => {
            setError(undefined)
            try {
              for (const task of tasks) await keepTask(task)
              onOpenChange(false)
              onKept?.()
            } catch (e) {
              setError(errorMessage(e))
            }
          }}
        >
          Save {count}
        </Button>
      }
    >
      {error && (
        <p role="alert" className="text-[13px] text-destructive">
          {error}
        </p>
      )}
    </ConfirmDialog>
  )
}
