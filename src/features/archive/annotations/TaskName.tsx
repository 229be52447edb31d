import { PencilIcon } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { cn } from '../../../lib/cn.ts'
import { annotate } from '../db/annotations.ts'
import { InListButton } from './InListButton.tsx'
import { useAnnotation } from './useAnnotations.ts'
import { RENAME_EVENT, takeRenameRequest } from './renameRequest.ts'

/**
 * The task's name, or `fallback` when it has none, with a "Rename" button that turns it into a
 * text field: Enter or leaving the field saves, Esc puts it back.
 */
export function TaskName({
  taskId,
  fallback,
  className,
  listensForRename = false,
  inList,
}: {
  taskId: string
  fallback?: React.ReactNode
  className?: string
  /** Inside a row or card, the list's one tab stop: the `r` key renames there. */
  inList?: boolean
  /** This one answers the `r` key for its task (the detail's). */
  listensForRename?: boolean
}) {
  const name = useAnnotation(taskId)?.name
  const [editing, setEditing] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (!listensForRename) return
    const onRename = () => takeRenameRequest(taskId) && setEditing(true)
    onRename()
    window.addEventListener(RENAME_EVENT, onRename)
    return () => window.removeEventListener(RENAME_EVENT, onRename)
  }, [listensForRename, taskId])
  useEffect(() => {
    if (editing) input.current?.select()
  }, [editing])

  if (editing) {
    const finish = (save: boolean) => {
      if (save) void annotate(taskId, { name: input.current?.value ?? '' })
      setEditing(false)
    }
    return (
      <input
        ref={input}
        defaultValue={name ?? ''}
        aria-label={`Name of ${taskId}`}
        placeholder="A name for this task"
        maxLength={120}
        className="h-7 min-w-0 flex-1 rounded-md border border-input bg-background px-2 text-[13px] outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Enter') finish(true)
          if (event.key === 'Escape') finish(false)
        }}
        onBlur={() => finish(true)}
      />
    )
  }
  return (
    <span className={cn('group/name flex min-w-0 items-center gap-1', className)}>
      {name ? (
        <span className="truncate font-medium" title={name} data-name>
          {name}
        </span>
      ) : (
        fallback
      )}
      <InListButton
        inList={inList}
        aria-label="Rename"
        title="Rename (r)"
        className="size-6 shrink-0 text-muted-foreground opacity-60 group-hover/name:opacity-100 focus-visible:opacity-100"
        onPress={() => setEditing(true)}
      >
        <PencilIcon className="size-3.5" />
      </InListButton>
    </span>
  )
}
