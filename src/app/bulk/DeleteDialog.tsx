import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { taskKeys } from '../../api/taskQueries.ts'
import { Button } from '../../components/ui/button.tsx'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../components/ui/dialog.tsx'
import { deleteTasks, type DeleteProgress } from './deleteTasks.ts'
import { deleteEffect } from '../../api/taskFacts.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Deletes the selected tasks at Ark after one confirm that says what happens to each: queued ones
 * are cancelled, finished ones deleted, running ones cannot be. Then shows how it went.
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
  const [progress, setProgress] = useState<DeleteProgress>()
  const [finished, setFinished] = useState(false)
  const abort = useRef<AbortController>(undefined)
  const deletable = tasks.filter((task) => deleteEffect(task.status) !== 'not-possible')
  const cancelled = tasks.filter((task) => deleteEffect(task.status) === 'cancel').length
  const deleted = tasks.filter((task) => deleteEffect(task.status) === 'delete').length
  const impossible = tasks.length - deletable.length
  const running = progress !== undefined && !finished

  const start = async () => {
    abort.current = new AbortController()
    setFinished(false)
    const result = await deleteTasks(deletable, setProgress, abort.current.signal)
    setFinished(true)
    const failedIds = new Set(result.failed.map((f) => f.id))
    onDone(deletable.filter((task) => !failedIds.has(task.id)).map((task) => task.id))
    await queryClient.invalidateQueries({ queryKey: taskKeys.all })
  }
  const close = (next: boolean) => {
    if (next) return onOpenChange(true)
    abort.current?.abort()
    setProgress(undefined)
    setFinished(false)
    onOpenChange(false)
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {plural(tasks.length, 'task')} at Ark?</DialogTitle>
          <DialogDescription>
            This cannot be undone. Ark cancels a queued task and deletes a finished one; this browser’s archive keeps
            its own copy.
          </DialogDescription>
        </DialogHeader>
        <ul className="list-disc pl-5 text-[13px]" aria-label="What happens">
          {deleted > 0 && <li>{plural(deleted, 'finished task')} deleted</li>}
          {cancelled > 0 && <li>{plural(cancelled, 'queued task')} cancelled</li>}
          {impossible > 0 && <li>{plural(impossible, 'running task')} left alone: Ark cannot delete a running task</li>}
        </ul>
        {progress && (
          <div role="status" className="grid gap-1.5 text-[13px]">
            <progress className="w-full" max={progress.total} value={progress.done} aria-label="Deleting" />
            <span>
              {finished ? 'Done: ' : ''}
              {progress.done} of {progress.total}
              {progress.waitingMs && !finished
                ? `; Ark asked to slow down, trying again in ${Math.ceil(progress.waitingMs / 1000)} s`
                : ''}
            </span>
          </div>
        )}
        {finished && progress && progress.failed.length > 0 && (
          <div role="alert" className="text-[13px] text-destructive">
            {plural(progress.failed.length, 'task')} could not be deleted:
            <ul className="list-disc pl-5">
              {progress.failed.map((failure) => (
                <li key={failure.id}>
                  <code>{failure.id}</code>: {failure.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogFooter>
          {finished ? (
            <Button variant="default" onClick={() => close(false)}>
              Done
            </Button>
          ) : (
            <>
              <Button onClick={() => close(false)}>{running ? 'Stop' : 'Cancel'}</Button>
              <Button variant="destructive" disabled={running || deletable.length === 0} onClick={() => void start()}>
                Delete {plural(deletable.length, 'task')}
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
