import { BracesIcon, CopyIcon, EllipsisIcon, LinkIcon, Trash2Icon } from 'lucide-react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx'
import { removalOf } from '../removalOf.ts'

/** The rest of a task's actions, behind one button in its header. */
export function TaskMenu({ task, onRemove }: { task: ArkTask; onRemove?: () => void }) {
  const copy = (text: string) => void navigator.clipboard.writeText(text).catch(() => window.prompt('Copy this:', text))
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button size="icon-sm" variant="ghost" aria-label="More actions">
          <EllipsisIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => copy(task.id)}>
          <CopyIcon />
          Copy task ID
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => copy(JSON.stringify(task.raw, null, 2))}>
          <BracesIcon />
          Copy raw JSON
        </DropdownMenuItem>
        {task.fileUrl && (
          <DropdownMenuItem onSelect={() => copy(task.fileUrl!)}>
            <LinkIcon />
            Copy Ark’s file link (signed, 24 h)
          </DropdownMenuItem>
        )}
        {onRemove && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={onRemove}>
              <Trash2Icon />
              {removalOf(task)} task at Ark…
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
