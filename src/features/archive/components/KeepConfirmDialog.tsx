import { useEffect, useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { probeResultSize } from '../../../api/resultFile.ts'
import { Button } from '../../../components/ui/button.tsx'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../../components/ui/dialog.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { useNow } from '../../../lib/useNow.ts'
import { keepTask } from '../keep/keepQueue.ts'
import { arkStillHasResult } from '../keep/keepable.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** The tasks a keep would download: 3D results Ark still has that this browser has not kept or queued. */
export function useKeepable(tasks: readonly ArkTask[]): ArkTask[] {
  const { files, jobs } = useLocalFilesContext()
  const now = useNow() / 1000
  return tasks.filter((task) => arkStillHasResult(task, now) && !files?.[task.id]?.kept && !jobs[task.id])
}

/** The total size of these results, asked of the file host a first byte at a time; undefined until known. */
function useTotalSize(tasks: readonly ArkTask[], open: boolean) {
  const [total, setTotal] = useState<{ bytes: number; known: number }>()
  // The same tasks come as a new array on every render: ask again only when they change.
  const ids = tasks.map((task) => task.id).join(' ')
  useEffect(() => {
    if (!open) return
    const abort = new AbortController()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new question starts unanswered
    setTotal(undefined)
    void Promise.all(tasks.map((task) => probeResultSize(task.fileUrl!, abort.signal))).then((sizes) => {
      if (abort.signal.aborted) return
      const known = sizes.filter((size): size is number => size !== undefined)
      setTotal({ bytes: known.reduce((sum, size) => sum + size, 0), known: known.length })
    })
    return () => abort.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the task IDs, see above
  }, [ids, open])
  return total
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
  const total = useTotalSize(tasks, open)
  const [error, setError] = useState<string>()
  const count = `${tasks.length} result${tasks.length === 1 ? '' : 's'}`
  const size =
    total === undefined
      ? 'Finding out their size…'
      : total.known === tasks.length
        ? `${formatBytes(total.bytes)} in all.`
        : `${formatBytes(total.bytes)} for ${total.known} of them; the file host did not say for the rest.`
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keep {count} in this browser?</DialogTitle>
          <DialogDescription>
            They are downloaded two at a time and stored in this browser, so they outlive Ark’s 24 hours.{' '}
            <span role="status">{size}</span>
          </DialogDescription>
        </DialogHeader>
        {error && (
          <p role="alert" className="text-[13px] text-destructive">
            {error}
          </p>
        )}
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button
            variant="default"
            onClick={async () => {
              setError(undefined)
              try {
                for (const task of tasks) await keepTask(task)
                onOpenChange(false)
                onKept?.()
              } catch (e) {
                setError((e as Error).message)
              }
            }}
          >
            Keep {count}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
