import { CopyIcon, EllipsisIcon, PencilIcon, SquareCheckIcon, SquareIcon, StarIcon, StarOffIcon } from 'lucide-react'
import { useRef } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { Button } from '../../components/ui/button.tsx'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu.tsx'
import { annotate, requestRename, useAnnotations } from '../../features/archive/index.ts'
import { cn } from '../../lib/cn.ts'
import { useSelection } from '../selection/selection.ts'

interface Props {
  task: ArkTask
  open: boolean
  onOpenChange: (open: boolean) => void
  className?: string
}

/** A card's actions behind one button, shown on hover or focus; a long press on the card opens them. */
export function CardActions({ task, open, onOpenChange, className }: Props) {
  const selection = useSelection()
  const starred = Boolean(useAnnotations()[task.id]?.starred)
  const selected = selection.has(task.id)
  // The name's field takes the focus that the closing menu would give back to its button.
  const renaming = useRef(false)
  return (
    <DropdownMenu open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          size="icon-sm"
          variant="outline"
          tabIndex={-1}
          aria-label={`Actions for ${task.id}`}
          className={cn('bg-card/90', className)}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          <EllipsisIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        onClick={(event) => event.stopPropagation()}
        // The end of a long press lands on the card under the menu: only a press elsewhere closes it.
        onFocusOutside={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => {
          if (!renaming.current) return
          renaming.current = false
          event.preventDefault()
          requestRename(task.id)
        }}
      >
        <DropdownMenuItem onSelect={() => selection.toggle(task, !selected)}>
          {selected ? <SquareCheckIcon /> : <SquareIcon />}
          {selected ? 'Deselect' : 'Select'}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void annotate(task.id, { starred: !starred })}>
          {starred ? <StarOffIcon /> : <StarIcon />}
          {starred ? 'Unstar' : 'Star'}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => (renaming.current = true)}>
          <PencilIcon />
          Rename
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void navigator.clipboard.writeText(task.id).catch(() => {})}>
          <CopyIcon />
          Copy task ID
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
