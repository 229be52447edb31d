import { formatCount } from '../../../lib/formatNumber.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { statusLook, TONE_TEXT } from '../taskStatuses.ts'

/** Counts per status and tokens spent, for the rows on this page. */
export function TaskSummary({ tasks }: { tasks: ArkTask[] }) {
  const counts = new Map<string, number>()
  let tokens = 0
  for (const task of tasks) {
    counts.set(task.status, (counts.get(task.status) ?? 0) + 1)
    tokens += task.totalTokens ?? 0
  }
  return (
    <p className="m-0 flex flex-wrap gap-x-3 gap-y-1 text-[13px]" aria-label="Summary of this page">
      <span className="text-muted-foreground">This page:</span>
      {[...counts].map(([status, count]) => (
        <span key={status} className={TONE_TEXT[statusLook(status).tone]} data-status={status}>
          {count} {statusLook(status).label.toLowerCase()}
        </span>
      ))}
      <span data-testid="tokens-used">{formatCount(tokens)} tokens</span>
    </p>
  )
}
