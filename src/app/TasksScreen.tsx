import { plural } from '../lib/plural.ts'
import { TaskDetailPane } from './detail/TaskDetailPane.tsx'
import type { ColumnVisibilityState, SortingState } from '@tanstack/react-table'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ArkApiError } from '../api/arkErrors.ts'
import type { ArkTask } from '../api/arkTask.ts'
import type { TaskListParams } from '../api/taskListParams.ts'
import { useAfterPaint } from '../lib/useAfterPaint.ts'
import { useLatestCallback } from '../lib/useLatestCallback.ts'
import { useLocalStorage } from '../lib/useLocalStorage.ts'
import { NowContext, useTicker } from '../lib/useNow.ts'
import {
  ArchivedElsewhereNote,
  ArchivePanel,
  ArchiveStatus,
  AutoKeepToggle,
  KeepActivityList,
  KeepPageButton,
  LocalFilesContext,
  SourceTabs,
  useArchiveList,
  useLocalFiles,
  usePrefetchArchiveList,
} from '../features/archive/index.ts'
import {
  ColumnPicker,
  DEFAULT_HIDDEN_COLUMNS,
  isInFlight,
  ListStatus,
  TaskFilters,
  TaskListError,
  TaskPagination,
  TaskSummary,
  TaskTable,
  useFinishedTasks,
  useTableKeyboard,
  useTaskList,
  useTaskView,
} from '../features/tasks/index.ts'
import { KeyboardIcon, LayoutGridIcon, TableIcon } from 'lucide-react'
import { Button } from '../components/ui/button.tsx'
import { Tooltip } from '../components/ui/tooltip.tsx'
import { ResizableHandle, ResizablePanel, ResizablePanelGroup } from '../components/ui/resizable.tsx'
import { useMediaQuery } from '../lib/useMediaQuery.ts'
import { ToggleGroup, ToggleGroupItem } from '../components/ui/toggle-group.tsx'
import { SelectionBar } from './bulk/SelectionBar.tsx'
import { CompareScreen } from './compare/CompareScreen.tsx'
import { FiltersSheet } from './FiltersSheet.tsx'
import { MakeThumbnailsButton } from './thumbnails/MakeThumbnailsButton.tsx'
import { ShortcutsDialog } from './ShortcutsDialog.tsx'
import { TaskGallery } from './gallery/TaskGallery.tsx'
import { SelectionContext, useSelectionState } from './selection/selection.ts'
import { tableColumns } from './tableColumns.tsx'

const MAX_REMEMBERED_ENDPOINTS = 20

const NO_TASKS: ArkTask[] = []

/** The tasks screen: Ark's list or the archive, with the archive's controls and columns composed in. */
export function TasksScreen() {
  const now = useTicker(5_000)
  const { view, corrections, dismissCorrections, navigate } = useTaskView()
  const { params, openTaskId, archive, modelView } = view
  const phone = useMediaQuery('(max-width: 640px)')
  // A phone shows cards: three table columns would be all that fits.
  const gallery = view.gallery || phone
  const selection = useSelectionState()
  const arkList = useTaskList(params, !archive)
  const archiveList = useArchiveList(params, Boolean(archive))
  const prefetchArchiveList = usePrefetchArchiveList()
  const list = archive ? archiveList : arkList
  const tasks = list.data?.items
  // The counts and the page's actions follow the rows by a frame: a new page is drawn first.
  const tasksAfterPaint = useAfterPaint(tasks)
  const localFiles = useLocalFiles()

  const [sorting, setSorting] = useLocalStorage<SortingState>('table.sorting', [])
  const [chosenColumns, setColumnVisibility] = useLocalStorage<ColumnVisibilityState>('table.columns', {})
  const columnVisibility = useMemo(() => ({ ...DEFAULT_HIDDEN_COLUMNS, ...chosenColumns }), [chosenColumns])
  const [knownEndpoints, setKnownEndpoints] = useLocalStorage<string[]>('endpoints', [])
  const [notify, setNotify] = useLocalStorage<boolean>('notify', false)
  const finishedIds = useFinishedTasks(tasks, notify)

  // The active task is kept by ID: when a live refresh adds or moves rows, it stays on the same task.
  const [activeId, setActiveId] = useState<string>()
  const [tableOrder, setTableOrder] = useState<ArkTask[]>([])
  // Unsorted, the table shows the tasks in their own order (and does not report it).
  const rowOrder = gallery || sorting.length === 0 ? (tasks ?? NO_TASKS) : tableOrder
  const activeIndex = activeId === undefined ? -1 : rowOrder.findIndex((task) => task.id === activeId)
  const setActiveIndex = (index: number) => setActiveId(rowOrder[index]?.id)
  const taskIdsInput = useRef<HTMLTextAreaElement>(null)

  // Stable, so the filters (memoised) are not drawn again when only the list's answer is new.
  const setParams = useLatestCallback((next: TaskListParams) => {
    if (next.model && next.model !== params.model) {
      setKnownEndpoints((known) =>
        [next.model!, ...known.filter((e) => e !== next.model)].slice(0, MAX_REMEMBERED_ENDPOINTS),
      )
    }
    if (archive) prefetchArchiveList(next)
    setActiveId(undefined)
    navigate({ ...view, params: next })
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
  })
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [focusDetail, setFocusDetail] = useState(false)
  const focusDetailDone = useCallback(() => setFocusDetail(false), [])

  useEffect(() => {
    if (params.model)
      setKnownEndpoints((known) =>
        known.includes(params.model!) ? known : [params.model!, ...known].slice(0, MAX_REMEMBERED_ENDPOINTS),
      )
  }, [params.model, setKnownEndpoints])

  const live = !archive && Boolean(tasks?.some((t) => isInFlight(t.status)))
  const unreadable = tasks?.filter((t) => t.warnings.length > 0).length ?? 0
  // A rejected key or parameter needs the user; other errors keep the last rows on screen with a note.
  const needsUser = list.error instanceof ArkApiError && [400, 401, 403].includes(list.error.status)
  const blockingError = list.error && (!list.data || needsUser)

  const emptyText = archive
    ? 'No archived task matches. Every task the dashboard lists is archived here as it is seen.'
    : 'No tasks match these filters in the last 7 days.'

  const listSection = (
    <section className="tasks-main" aria-label="Tasks">
      <SourceTabs archive={Boolean(archive)} onChange={showArchive} />
      {archive && <ArchivePanel />}
      {phone ? (
        <FiltersSheet params={params}>
          <TaskFilters
            params={params}
            onChange={setParams}
            knownEndpoints={knownEndpoints}
            taskIdsInput={taskIdsInput}
          />
        </FiltersSheet>
      ) : (
        <TaskFilters params={params} onChange={setParams} knownEndpoints={knownEndpoints} taskIdsInput={taskIdsInput} />
      )}
      {corrections.length > 0 && (
        <div className="panel panel-warning" role="status" aria-label="Address corrected">
          <strong>The address had values Ark does not accept; they were corrected:</strong>
          <ul>
            {corrections.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={dismissCorrections}>
            Dismiss
          </button>
        </div>
      )}
      <div className="table-toolbar">
        {!phone && (
          <ToggleGroup
            type="single"
            aria-label="Layout"
            value={gallery ? 'gallery' : 'table'}
            onValueChange={(value) => value && navigate({ ...view, gallery: value === 'gallery' || undefined })}
          >
            <ToggleGroupItem value="table" aria-label="Table">
              <TableIcon />
              Table
            </ToggleGroupItem>
            <ToggleGroupItem value="gallery" aria-label="Gallery">
              <LayoutGridIcon />
              Gallery
            </ToggleGroupItem>
          </ToggleGroup>
        )}
        {archive ? <ArchiveStatus list={archiveList} /> : <ListStatus list={arkList} live={live} />}
        <label className="notify-toggle">
          <input
            type="checkbox"
            checked={notify}
            onChange={async (e) => {
              const wanted = e.target.checked
              if (wanted && 'Notification' in window && Notification.permission === 'default')
                await Notification.requestPermission()
              setNotify(wanted)
            }}
          />{' '}
          Notify when tasks finish
        </label>
        <AutoKeepToggle />
        <Tooltip content="Keyboard shortcuts (?)">
          <Button size="icon-sm" variant="ghost" aria-label="Keyboard shortcuts" onClick={() => setShortcutsOpen(true)}>
            <KeyboardIcon />
          </Button>
        </Tooltip>
        {tasksAfterPaint && <KeepPageButton tasks={tasksAfterPaint} />}
        {tasksAfterPaint && <MakeThumbnailsButton tasks={tasksAfterPaint} />}
      </div>
      <KeepActivityList />
      {blockingError ? <TaskListError error={list.error} /> : null}
      {unreadable > 0 && (
        <div className="panel panel-warning" role="status">
          {plural(unreadable, 'item')} on this page could not be read in full; they are marked ⚠ and show what could be
          read.
        </div>
      )}
      {!archive && params.taskIds.length > 0 && !list.isPlaceholderData && (
        <ArchivedElsewhereNote
          askedIds={params.taskIds}
          listedIds={tasks && (list.data?.total ?? Infinity) <= tasks.length ? tasks.map((t) => t.id) : undefined}
          onShowArchive={() => showArchive(true)}
        />
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {tasksAfterPaint && <TaskSummary tasks={tasksAfterPaint} />}
        {!gallery && (
          <ColumnPicker columns={tableColumns} visibility={columnVisibility} onChange={setColumnVisibility} />
        )}
      </div>
      {tasks && gallery ? (
        <TaskGallery
          tasks={tasks}
          activeIndex={activeIndex}
          openTaskId={openTaskId}
          onActivate={setActiveIndex}
          onOpen={openTask}
          stale={list.isPlaceholderData}
          emptyText={emptyText}
        />
      ) : tasks || !blockingError ? (
        // Mounted while the list loads, so its answer only adds rows to a table that is there.
        <TaskTable
          tasks={tasks ?? NO_TASKS}
          loading={tasks ? undefined : archive ? 'Reading the archive…' : 'Loading tasks…'}
          columns={tableColumns}
          sortsOnePage={(list.data?.total ?? 0) > (tasks?.length ?? 0)}
          sorting={sorting}
          onSortingChange={setSorting}
          columnVisibility={columnVisibility}
          activeIndex={activeIndex}
          openTaskId={openTaskId}
          finishedIds={finishedIds}
          onActivate={setActiveIndex}
          onOpen={openTask}
          onRowOrder={setTableOrder}
          stale={list.isPlaceholderData}
          emptyText={emptyText}
        />
      ) : null}
      <SelectionBar
        onCompare={(ids) => navigate({ ...view, compareIds: ids, viewer: { display: view.viewer?.display } })}
      />
      <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
      <TaskPagination
        pageNum={params.pageNum}
        pageSize={params.pageSize}
        total={list.data?.total}
        loading={list.isPlaceholderData}
        onPage={(pageNum) => setParams({ ...params, pageNum })}
      />
    </section>
  )
  const detailPane = openTaskId && (
    <TaskDetailPane
      key={openTaskId}
      taskId={openTaskId}
      fromPage={tasks?.find((t) => t.id === openTaskId)}
      onClose={closeTask}
      closeLabel={phone ? 'Back' : 'Close details'}
      fullView={Boolean(modelView)}
      takeFocus={focusDetail}
      onFocused={focusDetailDone}
      onFullView={phone ? undefined : setModelView}
      viewer={view.viewer}
      onViewer={(viewer) => navigate({ ...view, viewer }, { replace: true })}
    />
  )

  return (
    <NowContext.Provider value={now}>
      <LocalFilesContext.Provider value={localFiles}>
        <SelectionContext.Provider value={selection}>
          <main className="tasks-page">
            {phone ? (
              listSection
            ) : (
              // The list keeps its place (and its scroll) while tasks open and close beside it.
              <ResizablePanelGroup orientation="horizontal" id="tasks-split">
                <ResizablePanel id="list" defaultSize="38" minSize="22">
                  {listSection}
                </ResizablePanel>
                {openTaskId && !modelView && (
                  <>
                    <ResizableHandle aria-label="Resize the list and the task" />
                    <ResizablePanel id="detail" defaultSize="62" minSize="30">
                      {detailPane}
                    </ResizablePanel>
                  </>
                )}
              </ResizablePanelGroup>
            )}
            {view.compareIds && (
              <div className="fixed inset-0 z-40 flex flex-col bg-background p-2 sm:p-3">
                <CompareScreen
                  ids={view.compareIds}
                  fromPage={(id) => tasks?.find((t) => t.id === id)}
                  display={view.viewer?.display}
                  onDisplay={(display) => navigate({ ...view, viewer: { ...view.viewer, display } }, { replace: true })}
                  onClose={() => navigate({ ...view, compareIds: undefined })}
                />
              </div>
            )}
            {openTaskId && (phone || modelView) && (
              <div className="fixed inset-0 z-40 flex flex-col bg-background p-2 sm:p-3">{detailPane}</div>
            )}
          </main>
        </SelectionContext.Provider>
      </LocalFilesContext.Provider>
    </NowContext.Provider>
  )
}
