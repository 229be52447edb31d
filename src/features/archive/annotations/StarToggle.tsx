import { StarIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import { annotate } from '../db/annotations.ts'
import { useAnnotation } from './useAnnotations.ts'

/** "Star": pressed when the task is starred. */
/** `inList`: inside a row or card, which is the list's one tab stop; the `s` key stars it there. */
export function StarToggle({ taskId, className, inList }: { taskId: string; className?: string; inList?: boolean }) {
  const starred = Boolean(useAnnotation(taskId)?.starred)
  return (
    <Button
      size="icon-sm"
      variant="ghost"
      aria-label="Star"
      tabIndex={inList ? -1 : undefined}
      // A press does not take the focus first: focusing would activate the row or card under it.
      onMouseDown={(event) => event.preventDefault()}
      aria-pressed={starred}
      title={starred ? 'Starred: click to unstar (s)' : 'Star (s)'}
      className={cn(starred ? 'text-amber-500' : 'text-muted-foreground', className)}
      onClick={(event) => {
        event.stopPropagation()
        void annotate(taskId, { starred: !starred })
      }}
    >
      <StarIcon className={cn(starred && 'fill-current')} />
    </Button>
  )
}
