import { useEffect, useId, useRef, useState } from 'react'
import { useLongPress } from '../../lib/useLongPress.ts'
import { CardActions } from './CardActions.tsx'
import type { ArkTask } from '../../api/arkTask.ts'
import { TimeText } from '../../components/TimeText.tsx'
import { staleClasses } from '../../components/ui/stale.ts'
import { cn } from '../../lib/cn.ts'
import { shortTaskId } from '../../lib/shortTaskId.ts'
import {
  StarToggle,
  StorageCell,
  TaskInputInset,
  TaskName,
  TaskThumbnail,
  useAnnotations,
} from '../../features/archive/index.ts'
import { FileAvailability, shortModelName, StatusBadge } from '../../features/tasks/index.ts'
import { SelectTaskCheckbox } from '../selection/SelectCheckboxes.tsx'
import { useSelection } from '../selection/selection.ts'
import { PictureNote } from '../thumbnails/PictureNote.tsx'

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
        'grid list-none grid-cols-[repeat(auto-fill,minmax(150px,1fr))] sm:grid-cols-[repeat(auto-fill,minmax(176px,1fr))] gap-3 p-0',
        staleClasses(stale),
      )}
    >
      {tasks.map((task, index) => (
        <GalleryCard
          key={task.id}
          task={task}
          name={annotations[task.id]?.name}
          tabStop={index === Math.max(activeIndex, 0)}
          active={index === activeIndex}
          isOpen={task.id === openTaskId}
          onActivate={() => index !== activeIndex && onActivate(index)}
          onOpen={() => {
            onActivate(index)
            onOpen(task)
          }}
        />
      ))}
      {tasks.length === 0 && (
        <li className="col-span-full text-muted-foreground" role="status">
          {emptyText}
        </li>
      )}
    </ul>
  )
}

interface CardProps {
  task: ArkTask
  name: string | undefined
  tabStop: boolean
  active: boolean
  isOpen: boolean
  onActivate: () => void
  onOpen: () => void
}

/**
 * One result: its picture, name, model, format and level, status, time left or saved, and star.
 * Its actions show on hover or focus, and open with a long press; in select mode a tap selects.
 */
function GalleryCard({ task, name, tabStop, active, isOpen, onActivate, onOpen }: CardProps) {
  const selection = useSelection()
  const selected = selection.has(task.id)
  const [actionsOpen, setActionsOpen] = useState(false)
  const longPress = useLongPress(() => setActionsOpen(true))
  const id = useId()
  const shown = (always: boolean) =>
    cn(
      'opacity-0 transition-opacity group-hover:opacity-100 group-focus-within:opacity-100',
      (always || actionsOpen) && 'opacity-100',
    )
  return (
    <li
      data-task-id={task.id}
      // One tab stop for the whole gallery: the active card (or the first); arrows and j/k move.
      tabIndex={tabStop ? 0 : -1}
      aria-labelledby={`${id}-name ${id}-facts`}
      aria-current={isOpen ? 'true' : undefined}
      onFocus={onActivate}
      className={cn(
        'outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60',
        'group relative flex cursor-pointer flex-col gap-1.5 rounded-lg border border-border bg-card p-2 shadow-xs transition-shadow select-none hover:shadow-md',
        active && 'ring-2 ring-ring/60',
        isOpen && 'border-primary',
        selected && 'bg-selected',
      )}
      {...longPress}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
          event.preventDefault()
          setActionsOpen(true)
        }
      }}
      onClick={() => (selection.selecting ? selection.toggle(task, !selected) : onOpen())}
    >
      <div className="relative">
        <TaskThumbnail task={task} size="card" />
        <TaskInputInset
          taskId={task.id}
          className="absolute bottom-1.5 left-1.5 size-[28%] border-2 border-card object-cover shadow-sm"
        />
        <div
          className={cn(
            'absolute top-1.5 left-1.5 rounded-[5px] bg-card/90 p-1 shadow-sm',
            shown(selected || selection.selecting),
          )}
        >
          <SelectTaskCheckbox task={task} />
        </div>
        <CardActions
          task={task}
          open={actionsOpen}
          onOpenChange={setActionsOpen}
          className={cn('absolute top-1.5 right-1.5', shown(false))}
        />
      </div>
      <div className="flex min-w-0 items-center">
        <TaskName
          inList
          taskId={task.id}
          listensForRename={!isOpen}
          className="flex-1 text-[13px]"
          fallback={
            <span className="min-w-0 truncate font-mono text-[12px]" title={task.id}>
              {shortTaskId(task.id)}
            </span>
          }
        />
        <StarToggle taskId={task.id} className="size-6" inList />
      </div>
      <span id={`${id}-name`} className="sr-only">
        {name ?? shortTaskId(task.id)}, {task.id}
      </span>
      <div id={`${id}-facts`} className="flex min-w-0 items-center gap-1.5">
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
      <PictureNote task={task} />
    </li>
  )
}
