import { formatCount } from '../../../lib/formatNumber.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { statusLook } from '../taskStatuses.ts'

/** Counts per status and tokens spent, for the rows on this page. */
export function TaskSummary({ tasks }: { tasks: ArkTask[] }) {
  const counts = new Map<string, number>()
  let tokens = 0
  for (const task of tasks) {
    counts.set(task.status, (counts.get(task.status) ?? 0) + 1)
    tokens += task.totalTokens ?? 0
  }
  return (
    <p className="summary" aria-label="Summary of this page">
      <span className="muted">This page:</span>{' '}
      {[...counts].map(([status, count]) => (
        <span key={status} className={`summary-item tone-${statusLook(status).tone}`} data-status={status}>
          {count} {statusLook(status).label.toLowerCase()}
        </span>
      ))}
      <span className="summary-item" data-testid="tokens-used">
        {formatCount(tokens)} tokens
      </span>
    </p>
  )
}
