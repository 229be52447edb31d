import type { ColumnVisibilityState, SortingState } from '@tanstack/react-table'
import { useCallback, useMemo, useRef, useState } from 'react'
import { ArkApiError } from '../../api/arkErrors.ts'
import type { ArkTask } from '../../api/arkTask.ts'
import type { TaskListParams } from '../../api/taskListParams.ts'
import { useAfterPaint } from '../../lib/useAfterPaint.ts'
import { useLatestCallback } from '../../lib/useLatestCallback.ts'
import { useLocalStorage } from '../../lib/useLocalStorage.ts'
import { useMediaQuery } from '../../lib/useMediaQuery.ts'
import { useTicker } from '../../lib/useNow.ts'
import { useQuery } from '@tanstack/react-query'
import {
  annotate,
  libraryFilterCount,
  libraryQuery,
  requestRename,
  useAnnotations,
  useLocalFiles,
  type LibraryFilters,
} from '../../features/archive/index.ts'
import {
  DEFAULT_HIDDEN_COLUMNS,
  useColumnsThatFit,
  isInFlight,
  useFinishedTasks,
  useTableKeyboard,
  useTaskList,
  useTaskTable,
} from '../../features/tasks/index.ts'
import { tableColumns } from '../tableColumns.tsx'
import { useTaskView } from '../routing/useTaskView.ts'
import { useSelectionState } from '../selection/selection.ts'
import { useRememberedEndpoints } from './useRememberedEndpoints.ts'
import { useNotifyWhenFinished } from './useNotifyWhenFinished.ts'
import { useGalleryLayout } from './useGalleryLayout.ts'

const NO_TASKS: ArkTask[] = []
const NO_FILTERS: LibraryFilters = {}

/**
 * The tasks screen's state and what it does: the address, the list (Ark's or the archive's), the
 * table's settings, the active row, the keyboard, and what the page is waiting on.
 */
export function useTasksScreenState() {
  const now = useTicker(5_000)
  const { view, corrections, dismissCorrections, navigate } = useTaskView()
  const { params, openTaskId, archive, modelView } = view
  const phone = useMediaQuery('(max-width: 640px)')
  // A phone shows cards: three table columns would be all that fits.
  const gallery = useGalleryLayout(view.gallery) || phone
  const selection = useSelectionState()
  const arkList = useTaskList(params, !archive)
  const library = view.library ?? NO_FILTERS
  // The query key is compared by value: a new object each render asks for nothing new.
  const libraryFilters = params.taskIds.length > 0 ? { ...library, ids: params.taskIds } : library
  const archiveList = useQuery({
    ...libraryQuery(libraryFilters, params.pageNum, params.pageSize),
    enabled: Boolean(archive),
  })
  const list = archive ? archiveList : arkList
  const tasks = list.data?.items
  // The counts and the page's actions follow the rows by a frame: a new page is drawn first.
  const tasksAfterPaint = useAfterPaint(tasks)
  const localFiles = useLocalFiles()

  const [sorting, setSorting] = useLocalStorage<SortingState>('table.sorting', [])
  const [chosenColumns, setColumnVisibility] = useLocalStorage<ColumnVisibilityState>('table.columns', {})
  const columnVisibility = useMemo(() => ({ ...DEFAULT_HIDDEN_COLUMNS, ...chosenColumns }), [chosenColumns])
  const fit = useColumnsThatFit(columnVisibility)
  const knownEndpoints = useRememberedEndpoints(params.model)
  const annotations = useAnnotations()
  const notify = useNotifyWhenFinished()
  const finishedIds = useFinishedTasks(tasks, notify.on)

  const table = useTaskTable({
    tasks: tasks ?? NO_TASKS,
    columns: tableColumns,
    sorting,
    onSortingChange: setSorting,
    columnVisibility: fit.visibility,
  })
  // The active task is kept by ID: when a live refresh adds or moves rows, it stays on the same task.
  const [activeId, setActiveId] = useState<string>()
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [newTaskOpen, setNewTaskOpen] = useState(false)
  const [focusDetail, setFocusDetail] = useState(false)
  const focusDetailDone = useCallback(() => setFocusDetail(false), [])
  // The cards show the tasks in their own order; the table, in its sorted one.
  const rowOrder =
    gallery || sorting.length === 0 ? (tasks ?? NO_TASKS) : table.getRowModel().rows.map((r) => r.original)
  const activeIndex = activeId === undefined ? -1 : rowOrder.findIndex((task) => task.id === activeId)
  const setActiveIndex = (index: number) => setActiveId(rowOrder[index]?.id)
  const taskIdsInput = useRef<HTMLTextAreaElement>(null)

  // Stable, so the filters (memoised) are not drawn again when only the list's answer is new.
  const setParams = useLatestCallback((next: TaskListParams) => {
    setActiveId(undefined)
    navigate({ ...view, params: next })
  })
  const setLibrary = useLatestCallback((next: LibraryFilters) => {
    setActiveId(undefined)
    // Typing in the search replaces the address rather than adding a step to Back per letter.
    const typing = next.q !== library.q && JSON.stringify({ ...next, q: library.q }) === JSON.stringify(library)
    navigate({ ...view, library: next, params: { ...params, pageNum: 1 } }, { replace: typing })
  })
  const openTask = (task: ArkTask | undefined) => task && navigate({ ...view, openTaskId: task.id })
  // Esc leaves the full-window model first, then closes the task.
  const closeTask = () =>
    openTaskId && navigate({ ...view, ...(modelView ? { modelView: undefined } : { openTaskId: undefined }) })
  const setModelView = (on: boolean) => navigate({ ...view, modelView: on || undefined })
  const showArchive = useLatestCallback((wanted: boolean) => {
    setActiveId(undefined)
    navigate({ ...view, params: { ...params, pageNum: 1 }, archive: wanted || undefined })
  })

  useTableKeyboard({
    move: (delta) => setActiveIndex(Math.max(0, Math.min(rowOrder.length - 1, activeIndex + delta))),
    openActive: () => {
      setFocusDetail(true)
      openTask(rowOrder[activeIndex])
    },
    close: () => {
      const closing = openTaskId
      closeTask()
      // Focus goes back to the task's row (or card) in the list.
      if (closing && !modelView)
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-task-id="${closing}"]`)?.focus())
    },
    focusIdFilter: () => taskIdsInput.current?.focus(),
    toggleSelectActive: () => {
      const task = rowOrder[activeIndex]
      if (task) selection.toggle(task, !selection.has(task.id))
    },
    showShortcuts: () => setShortcutsOpen(true),
    newTask: () => setNewTaskOpen(true),
    starActive: () => {
      const task = rowOrder[activeIndex]
      if (task) void annotate(task.id, { starred: !annotations[task.id]?.starred })
    },
    renameActive: () => {
      const task = rowOrder[activeIndex] ?? (openTaskId ? { id: openTaskId } : undefined)
      if (!task) return
      if (task.id !== openTaskId) navigate({ ...view, openTaskId: task.id })
      // Answered by the detail's name field, now or once it is drawn.
      requestRename(task.id)
    },
  })

  const live = !archive && Boolean(tasks?.some((t) => isInFlight(t.status)))
  const unreadable = tasks?.filter((t) => t.warnings.length > 0).length ?? 0
  // A rejected key or parameter needs the user; other errors keep the last rows on screen with a note.
  const needsUser = list.error instanceof ArkApiError && [400, 401, 403].includes(list.error.status)
  const blockingError = list.error && (!list.data || needsUser)
  // What narrows the list now, for the phone's Filters button.
  const activeFilters = archive
    ? libraryFilterCount(library)
    : [params.status, params.model, params.taskIds.length > 0].filter(Boolean).length

  return {
    now,
    view,
    navigate,
    corrections,
    dismissCorrections,
    params,
    openTaskId,
    archive,
    modelView,
    phone,
    gallery,
    selection,
    arkList,
    archiveList,
    list,
    tasks,
    tasksAfterPaint,
    localFiles,
    sorting,
    setSorting,
    columnVisibility,
    fit,
    setColumnVisibility,
    knownEndpoints,
    notify,
    finishedIds,
    activeIndex,
    setActiveIndex,
    table,
    taskIdsInput,
    setParams,
    library,
    setLibrary,
    openTask,
    closeTask,
    setModelView,
    showArchive,
    shortcutsOpen,
    newTaskOpen,
    setNewTaskOpen,
    openTaskById: (id: string) => navigate({ ...view, openTaskId: id }),
    setShortcutsOpen,
    focusDetail,
    focusDetailDone,
    live,
    unreadable,
    blockingError,
    activeFilters,
  }
}
