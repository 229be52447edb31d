import { Alert } from '../../components/ui/alert.tsx'
import { ArrowLeftIcon } from 'lucide-react'
import { Suspense } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import { Button } from '../../components/ui/button.tsx'
import { TaskInputInset, useResultSource } from '../../features/archive/index.ts'
import { useDetailTask } from '../detail/useDetailTask.ts'
import { LazyCompareView } from '../../features/viewer/index.ts'

interface Props {
  ids: [string, string]
  fromPage: (id: string) => ArkTask | undefined
  display?: string
  onDisplay: (mode: string | undefined) => void
  onClose: () => void
}

/** Why one side cannot be shown, in the user's terms. */
function unavailable(id: string, task: ArkTask | undefined, loading: boolean): string | undefined {
  if (!task) return loading ? undefined : `Task ${id} was not found in Ark or in this browser's library.`
  if (task.kind !== '3d') return `Task ${id} made a video, not a model.`
  if (task.status !== 'succeeded') return `Task ${id} is ${task.status}: there is no result to compare yet.`
  return undefined
}

/** Both results' bytes, from Ark's file host or the archive, in the viewer's comparison. */
function ComparedResults({
  tasks,
  display,
  onDisplay,
}: { tasks: [ArkTask, ArkTask] } & Pick<Props, 'display' | 'onDisplay'>) {
  const left = useResultSource(tasks[0])
  const right = useResultSource(tasks[1])
  if (!left || !right) return <p className="text-muted-foreground">Finding the results…</p>
  return (
    <ErrorBoundary label="The comparison">
      <Suspense fallback={<p className="text-muted-foreground">Loading the viewer…</p>}>
        <LazyCompareView
          sides={[
            { taskId: tasks[0].id, sourceKey: left.key, loadZip: left.load },
            { taskId: tasks[1].id, sourceKey: right.key, loadZip: right.load },
          ]}
          display={display}
          onDisplay={onDisplay}
        />
      </Suspense>
    </ErrorBoundary>
  )
}

/** Two results side by side (`compare=<id>,<id>`), from Ark's file host or the archive, whichever has them. */
export function CompareScreen({ ids, fromPage, display, onDisplay, onClose }: Props) {
  const left = useDetailTask(ids[0], fromPage(ids[0]))
  const right = useDetailTask(ids[1], fromPage(ids[1]))
  const problems = [
    unavailable(ids[0], left.task, left.loading),
    unavailable(ids[1], right.task, right.loading),
  ].filter(Boolean)
  return (
    <section aria-label="Compare" className="flex min-h-0 flex-1 flex-col gap-2 overflow-auto">
      <header className="flex items-center gap-2">
        <Button size="sm" variant="ghost" onClick={onClose}>
          <ArrowLeftIcon />
          Back
        </Button>
        <h2 className="m-0 text-[15px] font-semibold">Compare two results</h2>
        {/* What each was made from, when it was created here: left, then right. */}
        <span className="ml-auto flex gap-2">
          <TaskInputInset taskId={ids[0]} className="size-12" />
          <TaskInputInset taskId={ids[1]} className="size-12" />
        </span>
      </header>
      {problems.length > 0 && (
        <Alert role="alert" variant="destructive" className="my-3">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Alert>
      )}
      {problems.length === 0 && left.task && right.task && (
        <ComparedResults tasks={[left.task, right.task]} display={display} onDisplay={onDisplay} />
      )}
    </section>
  )
}
