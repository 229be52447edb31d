import { StarIcon } from 'lucide-react'
import { cn } from '../../../lib/cn.ts'
import { annotate } from '../db/annotations.ts'
import { InListButton } from './InListButton.tsx'
import { useAnnotation } from './useAnnotations.ts'

/** "Star": pressed when the task is starred. In a row or card (`inList`) the `s` key stars it. */
export function StarToggle({ taskId, className, inList }: { taskId: string; className?: string; inList?: boolean }) {
  const starred = Boolean(useAnnotation(taskId)?.starred)
  return (
    <InListButton
      inList={inList}
      aria-label="Star"
      aria-pressed={starred}
      title={starred ? 'Starred: click to unstar (s)' : 'Star (s)'}
      className={cn(starred ? 'text-amber-500' : 'text-muted-foreground', className)}
      onPress={() => void annotate(taskId, { starred: !starred })}
    >
      <StarIcon className={cn(starred && 'fill-current')} />
    </InListButton>
  )
}
