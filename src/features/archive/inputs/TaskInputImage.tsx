import { useQuery } from '@tanstack/react-query'
import { cn } from '../../../lib/cn.ts'
import { inputIdsQuery, taskInputQuery } from '../archiveQueries.ts'

/** One object URL per task's input, kept while the image is the same, so cards do not flicker. */
const urls = new Map<string, { blob: Blob; url: string }>()

function urlOf(taskId: string, blob: Blob): string {
  const cached = urls.get(taskId)
  if (cached?.blob === blob) return cached.url
  if (cached) URL.revokeObjectURL(cached.url)
  const url = URL.createObjectURL(blob)
  urls.set(taskId, { blob, url })
  return url
}

/** The image a task was made from, when this dashboard created it; nothing otherwise. */
export function TaskInputImage({ taskId, className }: { taskId: string; className?: string }) {
  const image = useQuery(taskInputQuery(taskId)).data?.image
  if (!image) return null
  return (
    <img
      src={urlOf(taskId, image)}
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
