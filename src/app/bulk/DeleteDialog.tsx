import { Progress } from '../../components/ui/progress.tsx'
import { useServerKept } from '../../api/serverKept.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { useGoneAtArk } from '../../api/goneAtArk.ts'
import { taskKeys } from '../../api/taskQueries.ts'
import { Button } from '../../components/ui/button.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { keepAndWait, useLocalFilesContext } from '../../features/archive/index.ts'
import { errorMessage } from '../../lib/errorMessage.ts'
import { plural } from '../../lib/plural.ts'
import { useNow } from '../../lib/useNow.ts'
import { planDelete } from './deletePlan.ts'
import { deleteTasks, type DeleteProgress } from './deleteTasks.ts'

interface Run {
  phase: 'saving' | 'deleting' | 'done'
  saved: number
  toSave: number
  notSaved: Array<{ id: string; reason: string }>
  deletion?: DeleteProgress
}

/**
 * Deletes the selected tasks at Ark after one confirm that says what happens to each task and to
 * each result's files: which are saved here, which would be lost, and the choice to save them first.
 */
export function DeleteDialog({
  tasks,
  open,
  onOpenChange,
  onDone,
}: {
  tasks: readonly ArkTask[]
  open: boolean
  onOpenChange: (open: boolean) => void
  onDone: (deletedIds: string[]) => void
}) {
  const queryClient = useQueryClient()
  const { files } = useLocalFilesContext()
  const gone = useGoneAtArk()
  const now = useNow() / 1000
  const [run, setRun] = useState<Run>()
  const abort = useRef<AbortController>(undefined)
  // Fixed once the run starts: saving files changes what the plan would say.
  const [frozen, setFrozen] = useState<ReturnType<typeof planDelete>>()
  const serverKept = useServerKept()
  const plan = frozen ?? planDelete(tasks, (id) => Boolean(files?.[id]?.kept || serverKept[id]), gone, now)
  const busy = run !== undefined && run.phase !== 'done'

  const start = async (saveFirst: boolean) => {
    setFrozen(plan)
    abort.current = new AbortController()
    const signal = abort.current.signal
    const toSave = saveFirst ? plan.unsaved : []
    const state: Run = { phase: 'saving', saved: 0, toSave: toSave.length, notSaved: [] }
    setRun({ ...state })
    for (const task of toSave) {
      if (signal.aborted) break
      try {
        await keepAndWait(task)
        state.saved++
      } catch (error) {
        state.notSaved.push({ id: task.id, reason: errorMessage(error) })
      }
      setRun({ ...state })
    }
    // A result that could not be saved is not deleted: that is what "save, then delete" promised.
    const keptBack = new Set(state.notSaved.map((f) => f.id))
    const toDelete = signal.aborted ? [] : plan.deletable.filter((task) => !keptBack.has(task.id))
    state.phase = 'deleting'
    setRun({ ...state })
    const result = await deleteTasks(toDelete, (deletion) => setRun({ ...state, deletion }), signal)
    state.deletion = result
    state.phase = 'done'
    setRun({ ...state })
    const failedIds = new Set(result.failed.map((f) => f.id))
    onDone(toDelete.filter((task) => !failedIds.has(task.id)).map((task) => task.id))
    await queryClient.invalidateQueries({ queryKey: taskKeys.all })
  }
  const close = (next: boolean) => {
    if (next) return onOpenChange(true)
    abort.current?.abort()
    setRun(undefined)
    setFrozen(undefined)
    onOpenChange(false)
  }
  const unsaved = plan.unsaved.length

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={close}
      title={`Delete ${plural(tasks.length, 'task')} at Ark?`}
      description="This cannot be undone. Ark cancels a queued task, and deletes a finished one with its files. This browser keeps the record of each task, and the files only of results saved here."
      cancelLabel={run?.phase === 'done' ? 'Done' : busy ? 'Stop' : 'Cancel'}
      actions={
        run?.phase === 'done' ? null : unsaved > 0 ? (
          <>
            <Button variant="destructive" disabled={busy} onClick={() => void start(false)}>
              Delete anyway
            </Button>
            <Button variant="default" disabled={busy} onClick={() => void start(true)}>
              Save {unsaved}, then delete
            </Button>
          </>
        ) : (
          <Button
            variant="destructive"
            disabled={busy || plan.deletable.length === 0}
            onClick={() => void start(false)}
          >
            Delete {plural(plan.deletable.length, 'task')}
          </Button>
        )
      }
    >
      <ul className="list-disc pl-5 text-[13px]" aria-label="What happens">
        {plan.deleted.length > 0 && <li>{plural(plan.deleted.length, 'finished task')} deleted</li>}
        {plan.cancelled.length > 0 && <li>{plural(plan.cancelled.length, 'queued task')} cancelled</li>}
        {plan.leftAlone.length > 0 && (
          <li>{plural(plan.leftAlone.length, 'task')} left alone: Ark cannot delete a running or cancelled task</li>
        )}
        {plan.safe.length > 0 && (
          <li>{plural(plan.safe.length, 'result')} saved here or kept on the server: their files stay safe</li>
        )}
        {plan.alreadyLost.length > 0 && (
          <li>{plural(plan.alreadyLost.length, 'result')} already gone at Ark, files not saved</li>
        )}
      </ul>
      {unsaved > 0 && (
        <div role="note" aria-label="Files that would be lost" className="grid gap-1 text-[13px]">
          <strong className="text-destructive">
            {plural(unsaved, 'result is', 'results are')} not saved here: deleting loses{' '}
            {unsaved === 1 ? 'its' : 'their'} files for good.
          </strong>
          <ul className="max-h-32 overflow-auto pl-1 font-mono text-[12px]">
            {plan.unsaved.map((task) => (
              <li key={task.id}>{task.id}</li>
            ))}
          </ul>
        </div>
      )}
      {run && (
        <div role="status" className="grid gap-1.5 text-[13px]">
          {run.phase === 'saving' ? (
            <>
              <Progress className="w-full" max={run.toSave} value={run.saved} aria-label="Saving" />
              <span>
                Saving {Math.min(run.saved + run.notSaved.length + 1, run.toSave)} of {run.toSave}…
              </span>
            </>
          ) : (
            <>
              <Progress
                className="w-full"
                max={run.deletion?.total ?? 1}
                value={run.deletion?.done ?? 0}
                aria-label="Deleting"
              />
              <span>
                {run.phase === 'done' ? 'Done: ' : ''}
                {run.toSave > 0 ? `${run.saved} of ${run.toSave} saved; ` : ''}
                {run.deletion?.done ?? 0} of {run.deletion?.total ?? 0} deleted
                {run.deletion?.waitingMs && run.phase !== 'done'
                  ? `; Ark asked to slow down, trying again in ${Math.ceil(run.deletion.waitingMs / 1000)} s`
                  : ''}
              </span>
            </>
          )}
        </div>
      )}
      {run?.phase === 'done' && (run.notSaved.length > 0 || (run.deletion?.failed.length ?? 0) > 0) && (
        <div role="alert" className="text-[13px] text-destructive">
          <ul className="list-disc pl-5">
            {run.notSaved.map((failure) => (
              <li key={`save-${failure.id}`}>
                <code className="font-mono text-[12.5px]">{failure.id}</code> was not saved, so it was not deleted:{' '}
                {failure.reason}
              </li>
            ))}
            {run.deletion?.failed.map((failure) => (
              <li key={`delete-${failure.id}`}>
                <code className="font-mono text-[12.5px]">{failure.id}</code> could not be deleted: {failure.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  )
}
