import { useQuery } from '@tanstack/react-query'
import { cn } from '../../../lib/cn.ts'
import { objectUrlCache } from '../../../lib/objectUrlCache.ts'
import { inputIdsQuery, taskInputQuery } from '../archiveQueries.ts'

/** One object URL per task's input, kept while the input is the same, so cards do not flicker. */
const inputUrls = objectUrlCache()

/** The image a task was made from, when this dashboard created it; nothing otherwise. */
export function TaskInputImage({ taskId, className }: { taskId: string; className?: string }) {
  const input = useQuery(taskInputQuery(taskId)).data
  if (!input?.image) return null
  return (
    <img
      src={inputUrls(taskId, input.createdAt, input.image)}
      alt={`Input of ${taskId}`}
      className={cn('rounded-md border border-border bg-muted object-contain', className)}
      draggable={false}
    />
  )
}

/** A card's inset of its input, read only for tasks known to have one. */
export function TaskInputInset({ taskId, className }: { taskId: string; className?: string }) {
  const has = useQuery(inputIdsQuery).data?.has(taskId)
  return has ? <TaskInputImage taskId={taskId} className={className} /> : null
}
