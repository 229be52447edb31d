import { cn } from '../../lib/cn.ts'
import { objectUrlCache } from '../../lib/objectUrlCache.ts'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { thumbnailsQuery } from './archiveQueries.ts'
import type { StoredThumbnail } from './db/archiveDb.ts'
import { useLocalFilesContext } from './localFilesContext.ts'

const pictureUrls = objectUrlCache()
/** One object URL per stored picture, kept while the picture is the same, so rows do not flicker. */
const urlOf = (thumbnail: StoredThumbnail) => pictureUrls(thumbnail.taskId, thumbnail.madeAt, thumbnail.blob)

const PLACEHOLDER_BY_STATUS: Record<string, string> = {
  queued: '…',
  running: '⟳',
  failed: '✕',
  cancelled: '–',
  expired: '⌛',
}

const BOX = { row: 'box-border block size-8 rounded-md', card: 'box-border block aspect-square w-full rounded-md' }

/**
 * A task's picture from the archive (under `LocalFilesContext`), or a placeholder by status. `size` is the box in CSS pixels;
 * the picture is about 256 px, so it stays sharp up to a gallery card.
 */
export function TaskThumbnail({ task, size }: { task: ArkTask; size: 'row' | 'card' }) {
  const thumbnail = useLocalFilesContext().thumbnails?.[task.id]
  if (thumbnail)
    return (
      <img
        className={cn(BOX[size], 'bg-muted object-cover')}
        src={urlOf(thumbnail)}
        alt={`Thumbnail of ${task.id}`}
        loading="lazy"
        decoding="async"
        draggable={false}
      />
    )
  const glyph = task.kind === 'video' ? '▶' : (PLACEHOLDER_BY_STATUS[task.status] ?? '◇')
  return (
    <span
      className={cn(
        BOX[size],
        'grid place-items-center border border-dashed border-border text-muted-foreground select-none',
        size === 'card' ? 'text-4xl' : 'text-[15px]',
        task.status === 'failed' && 'text-(--bad)',
        (task.status === 'running' || task.status === 'queued') && 'text-(--active)',
      )}
      aria-hidden="true"
    >
      {glyph}
    </span>
  )
}

/** The object URL of a task's stored picture, if it has one: the viewer's poster while the model loads. */
export function useThumbnailUrl(taskId: string): string | undefined {
  const { data } = useQuery(thumbnailsQuery)
  const thumbnail = data?.[taskId]
  return thumbnail ? urlOf(thumbnail) : undefined
}

/** The tasks that have a picture, to know which still need one. */
export function useThumbnailIds(): ReadonlySet<string> | undefined {
  const { data } = useQuery(thumbnailsQuery)
  return useMemo(() => (data ? new Set(Object.keys(data)) : undefined), [data])
}
