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
    return <span className="file-expired">{gone.why === 'deleted' ? 'deleted at Ark' : 'file gone at Ark'}</span>
  if (expiresAt === undefined) return <span className="muted">—</span>
  const left = expiresAt - now
  if (left <= 0) return <span className="file-expired">expired</span>
  return <span className={left < 3 * 3600 ? 'file-soon' : undefined}>{formatDuration(left)} left</span>
}
