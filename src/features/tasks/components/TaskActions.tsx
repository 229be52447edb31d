import { useEffect, useRef } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { deleteRefusal } from '../../../api/taskFacts.ts'
import { removalOf } from '../removalOf.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'
import { useDeleteTask } from '../hooks/useDeleteTask.ts'

/** Cancel or delete at Ark, after a confirm; or why neither is possible. */
export function TaskActions({
  task,
  onDeleted,
  confirming,
  onConfirming: setConfirming,
}: {
  task: ArkTask
  onDeleted: () => void
  /** Asked here or from the header's menu. */
  confirming: boolean
  onConfirming: (on: boolean) => void
}) {
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (confirming) confirmRef.current?.scrollIntoView({ block: 'nearest' })
  }, [confirming])
  const removal = useDeleteTask()
  const action = removalOf(task)
  const refusal = deleteRefusal(task.status)
  if (!action)
    return refusal ? (
      <p className="text-sm text-muted-foreground" data-testid="delete-refusal">
        {refusal}
      </p>
    ) : null
  const consequence =
    action === 'Cancel'
      ? 'The task will not run.'
      : "Ark's record of this task is removed; its file link stops being listed."
  return (
    <div className="task-actions">
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {action} task…
        </button>
      ) : (
        <div ref={confirmRef} role="alertdialog" aria-label={`${action} task?`} className="confirm">
          <p>
            {action} {task.id}? {consequence}
          </p>
          <button
            type="button"
            className="danger"
            disabled={removal.isPending}
            onClick={() =>
              removal.mutate(task, {
                onSuccess: () => {
                  setConfirming(false)
                  if (action === 'Delete') onDeleted()
                },
              })
            }
          >
            {action === 'Cancel' ? 'Yes, cancel it' : 'Yes, delete it'}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {removal.error && <p className="error-text">{errorMessage(removal.error)}</p>}
    </div>
  )
}
