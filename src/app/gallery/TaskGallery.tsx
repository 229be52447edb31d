import { useEffect, useRef } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { TimeText } from '../../components/TimeText.tsx'
import { cn } from '../../lib/cn.ts'
import { shortTaskId } from '../../lib/shortTaskId.ts'
import { StarToggle, StorageCell, TaskName, TaskThumbnail, useAnnotations } from '../../features/archive/index.ts'
import { FileAvailability, shortModelName, StatusBadge } from '../../features/tasks/index.ts'
import { SelectTaskCheckbox } from '../selection/SelectCheckboxes.tsx'
import { useSelection } from '../selection/selection.ts'

interface Props {
  tasks: ArkTask[]
  activeIndex: number
  openTaskId?: string
  onActivate: (index: number) => void
  onOpen: (task: ArkTask) => void
  stale: boolean
  /** Said when there are no tasks. */
  emptyText: string
}

/** Results as pictures: one card per task, with what the table's first columns say. */
export function TaskGallery({ tasks, activeIndex, openTaskId, onActivate, onOpen, stale, emptyText }: Props) {
  const selection = useSelection()
  const annotations = useAnnotations()
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => {
    const card = list.current?.children[activeIndex] as HTMLElement | undefined
    card?.scrollIntoView({ block: 'nearest' })
    // Focus follows the active card while the gallery has it (or nothing has it, as after Esc).
    const within = list.current?.contains(document.activeElement)
    // A control inside the card (Rename, Star) keeps the focus it was given.
    if (card && !card.contains(document.activeElement) && (within || document.activeElement === document.body))
      card.focus()
  }, [activeIndex])
  return (
    <ul
      ref={list}
      aria-label="Results"
      className={cn(
        'grid list-none grid-cols-[repeat(auto-fill,minmax(150px,1fr))] sm:grid-cols-[repeat(auto-fill,minmax(176px,1fr))] gap-3 p-0 transition-opacity',
        stale && 'opacity-60',
      )}
    >
      {tasks.map((task, index) => (
        <li
          key={task.id}
          data-task-id={task.id}
          // One tab stop for the whole gallery: the active card (or the first); arrows and j/k move.
          tabIndex={index === Math.max(activeIndex, 0) ? 0 : -1}
          aria-label={[annotations[task.id]?.name, `Task ${task.id}`].filter(Boolean).join(', ')}
          aria-current={task.id === openTaskId ? 'true' : undefined}
          onFocus={() => index !== activeIndex && onActivate(index)}
          className={cn(
            'outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60',
            'group relative flex cursor-pointer flex-col gap-1.5 rounded-lg border border-border bg-card p-2 shadow-xs transition-shadow hover:shadow-md',
            index === activeIndex && 'ring-2 ring-ring/60',
            task.id === openTaskId && 'border-primary',
            selection.has(task.id) && 'bg-selected',
          )}
          onClick={() => {
            onActivate(index)
            onOpen(task)
          }}
        >
          <div className="relative">
            <TaskThumbnail task={task} size="card" />
            <div
              className={cn(
                'absolute top-1.5 left-1.5 rounded-[5px] bg-card/90 p-1 opacity-0 shadow-sm group-hover:opacity-100 focus-within:opacity-100',
                selection.has(task.id) && 'opacity-100',
              )}
            >
              <SelectTaskCheckbox task={task} />
            </div>
          </div>
          <div className="flex min-w-0 items-center">
            <TaskName
              inList
              taskId={task.id}
              className="flex-1 text-[13px]"
              fallback={
                <button
                  type="button"
                  tabIndex={-1}
                  className="min-w-0 cursor-pointer truncate rounded-sm border-0 bg-transparent p-0 text-left font-mono text-[12px] text-foreground outline-none"
                  title={task.id}
                  aria-label={`Open ${task.id}`}
                  onClick={(event) => {
                    event.stopPropagation()
                    onActivate(index)
                    onOpen(task)
                  }}
                >
                  {shortTaskId(task.id)}
                </button>
              }
            />
            <StarToggle taskId={task.id} className="size-6" inList />
          </div>
          <div className="flex min-w-0 items-center gap-1.5">
            <StatusBadge status={task.status} />
            <span className="truncate text-[12px] text-muted-foreground" title={task.model}>
              {task.model ? shortModelName(task.model) : '—'}
              {task.fileFormat && ` · ${task.fileFormat}`}
              {task.subdivisionLevel && ` · ${task.subdivisionLevel}`}
            </span>
          </div>
          <div className="grid gap-0.5 text-[12px] whitespace-nowrap text-muted-foreground">
            <TimeText seconds={task.createdAt} />
            <span className="text-foreground">
              <FileAvailability task={task} />
            </span>
          </div>
          <div className="min-h-4 text-[12px]">
            <StorageCell task={task} />
          </div>
        </li>
      ))}
      {tasks.length === 0 && (
        <li className="col-span-full text-muted-foreground" role="status">
          {emptyText}
        </li>
      )}
    </ul>
  )
}
