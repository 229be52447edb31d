import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx'
import { Button } from '../../../components/ui/button.tsx'
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
    <div className="my-2.5">
      <Button variant="outline" className="border-destructive text-destructive" onClick={() => setConfirming(true)}>
        {action} task…
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`${action} task?`}
        description={`${action} ${task.id}? ${consequence}`}
        cancelLabel="Keep it"
        actions={
          <Button
            variant="destructive"
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
          </Button>
        }
      >
        {removal.error && <p className="m-0 text-destructive">{errorMessage(removal.error)}</p>}
      </ConfirmDialog>
    </div>
  )
}
