import { ArrowLeftIcon, Maximize2Icon, Minimize2Icon, XIcon } from 'lucide-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { CopyButton } from '../../../components/CopyButton.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { removalOf } from '../removalOf.ts'
import { TaskFields } from './TaskFields.tsx'
import { TaskListError } from './TaskListError.tsx'
import { TaskMenu } from './TaskMenu.tsx'

interface Props {
  taskId: string
  /** The task, once known; `loading` and `error` say why not yet. */
  task: ArkTask | undefined
  loading: boolean
  error: unknown
  /** The result's header actions (keep, download) and its view (model, storage): composed by app/. */
  resultActions?: ReactNode
  result?: ReactNode
  /** What the user says of the task (name, star, tags, note): composed by app/. */
  annotation?: ReactNode
  onClose: () => void
  /** "Close details" beside the list; "Back" on a phone, where the task fills the screen. */
  closeLabel?: string
  /** The model fills the window (`view=model`). */
  fullView?: boolean
  /** Offered where the window is large enough to make a difference. */
  onFullView?: (on: boolean) => void
  /** The task was opened from the keyboard: focus moves into the detail, then `onFocused` is told. */
  takeFocus?: boolean
  onFocused?: () => void
}

/** One task's detail: a header with its actions, then its result and its fields. */
export function TaskDetail({
  taskId,
  task,
  loading,
  error,
  resultActions,
  result,
  annotation,
  onClose,
  closeLabel = 'Close details',
  fullView,
  onFullView,
  takeFocus,
  onFocused,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [confirmingRemoval, setConfirmingRemoval] = useState(false)
  useEffect(() => {
    if (!takeFocus) return
    heading.current?.focus()
    onFocused?.()
  }, [takeFocus, onFocused])
  return (
    <aside
      className={cn(
        'box-border flex h-full min-h-0 flex-col overflow-auto rounded-md border border-border bg-background px-[14px] py-2',
        'max-sm:border-0 max-sm:px-0.5 max-sm:py-1',
        '[--viewer-height:clamp(300px,62vh,1400px)] max-sm:[--viewer-height:min(58dvh,100vw)]',
        fullView && '[--viewer-height:calc(100dvh-160px)]',
      )}
      aria-label={`Task ${taskId}`}
    >
      <header className="flex items-center gap-2">
        {closeLabel === 'Back' && (
          <Button size="sm" variant="ghost" onClick={onClose}>
            <ArrowLeftIcon />
            Back
          </Button>
        )}
        <h2
          ref={heading}
          tabIndex={-1}
          className="my-1 flex min-w-0 items-center gap-1.5 rounded-sm text-[14px] outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
        >
          {/* A phone has room for the ID's random end only: the part that tells tasks apart. */}
          <code className="truncate font-mono text-[13px]" title={taskId}>
            <span className="max-sm:hidden">{taskId}</span>
            <span className="sm:hidden">…{taskId.split('-').pop()}</span>
          </code>{' '}
          <CopyButton text={taskId} label="Copy task ID" />
        </h2>
        {task && <StatusBadge status={task.status} />}
        <span className="ml-auto" />
        {resultActions}
        {onFullView && task?.kind === '3d' && task.status === 'succeeded' && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onFullView(!fullView)}
            aria-pressed={Boolean(fullView)}
            title={fullView ? 'Back to the list (Esc)' : 'Fill the window with the model'}
          >
            {fullView ? <Minimize2Icon /> : <Maximize2Icon />}
            {fullView ? 'Exit full view' : 'Full view'}
          </Button>
        )}
        {task && <TaskMenu task={task} onRemove={removalOf(task) ? () => setConfirmingRemoval(true) : undefined} />}
        {closeLabel !== 'Back' && (
          <Button size="icon-sm" variant="ghost" onClick={onClose} aria-label={closeLabel}>
            <XIcon />
          </Button>
        )}
      </header>
      {annotation}
      {!task && loading && <p className="text-muted-foreground">Loading…</p>}
      {!task && error ? <TaskListError error={error} subject="This task" /> : null}
      {task && (
        <TaskFields
          task={task}
          result={result}
          onDeleted={onClose}
          confirming={confirmingRemoval}
          onConfirming={setConfirmingRemoval}
        />
      )}
    </aside>
  )
}
