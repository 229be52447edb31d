import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { formatDuration } from '../../../lib/formatTime.ts'
import { useNow } from '../../../lib/useNow.ts'
import { fileExpiresAt } from '../../../api/taskFacts.ts'

/** Time left before Ark deletes the result (24 h after the task finished), or "expired". */
export function FileAvailability({ task }: { task: ArkTask }) {
  const now = useNow() / 1000
  const gone = useGoneAtArk()[task.id]
  const expiresAt = fileExpiresAt(task)
  if (gone)
    return (
      <span className="text-muted-foreground line-through">
        {gone.why === 'deleted' ? 'deleted at Ark' : 'file gone at Ark'}
      </span>
    )
  if (expiresAt === undefined) return <span className="text-muted-foreground">—</span>
  const left = expiresAt - now
  if (left <= 0) return <span className="text-muted-foreground line-through">expired</span>
  return <span className={left < 3 * 3600 ? 'text-(--warn-fg)' : undefined}>{formatDuration(left)} left</span>
}
