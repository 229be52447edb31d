import { useEffect, useRef } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import { TimeText } from '../../components/TimeText.tsx'
import { cn } from '../../lib/cn.ts'
import { shortTaskId } from '../../lib/shortTaskId.ts'
import { LocalCopyCell, TaskThumbnail } from '../../features/archive/index.ts'
import { FileAvailability, StatusBadge } from '../../features/tasks/index.ts'
import { SelectTaskCheckbox } from '../selection/SelectCheckboxes.tsx'
import { useSelection } from '../selection/selection.ts'

interface Props {
  tasks: ArkTask[]
  activeIndex: number
  openTaskId?: string
  onActivate: (index: number) => void
  onOpen: (task: ArkTask) => void
  stale: boolean
}

/** Results as pictures: one card per task, with what the table's first columns say. */
export function TaskGallery({ tasks, activeIndex, openTaskId, onActivate, onOpen, stale }: Props) {
  const selection = useSelection()
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' })
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
          className={cn(
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
          <div className="flex items-center justify-between gap-1">
            <button
              type="button"
              className="min-w-0 cursor-pointer truncate rounded-sm border-0 bg-transparent p-0 font-mono text-[12px] text-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
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
            <StatusBadge status={task.status} />
          </div>
          <div className="truncate text-[12px] text-muted-foreground" title={task.model}>
            {task.model ?? '—'}
          </div>
          <div className="grid gap-0.5 text-[12px] whitespace-nowrap text-muted-foreground">
            <TimeText seconds={task.createdAt} />
            <span className="text-foreground">
              <FileAvailability task={task} />
            </span>
          </div>
          <div className="min-h-4 text-[12px]">
            <LocalCopyCell taskId={task.id} />
          </div>
        </li>
      ))}
      {tasks.length === 0 && <li className="text-muted-foreground">No tasks match these filters.</li>}
    </ul>
  )
}
