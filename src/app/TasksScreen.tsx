import { useTasksScreenState } from './tasksScreen/useTasksScreenState.ts'
import { plural } from '../lib/plural.ts'
import { TaskDetailPane } from './detail/TaskDetailPane.tsx'
import { NowContext } from '../lib/useNow.ts'
import {
  ArchivedElsewhereNote,
  ArchivePanel,
  ArchiveStatus,
  AutoKeepToggle,
  KeepActivityList,
  KeepPageButton,
  LocalFilesContext,
  SourceTabs,
} from '../features/archive/index.ts'
import {
  ColumnPicker,
  ListStatus,
  TaskFilters,
  TaskListError,
  TaskPagination,
  TaskSummary,
  TaskTable,
} from '../features/tasks/index.ts'
import { KeyboardIcon, LayoutGridIcon, TableIcon } from 'lucide-react'
import { Button } from '../components/ui/button.tsx'
import { Tooltip } from '../components/ui/tooltip.tsx'
import { ResizableHandle, ResizablePanel, ResizablePanelGroup } from '../components/ui/resizable.tsx'
import { ToggleGroup, ToggleGroupItem } from '../components/ui/toggle-group.tsx'
import { SelectionBar } from './bulk/SelectionBar.tsx'
import { CompareScreen } from './compare/CompareScreen.tsx'
import { FiltersSheet } from './FiltersSheet.tsx'
import { MakeThumbnailsButton } from './thumbnails/MakeThumbnailsButton.tsx'
import { ShortcutsDialog } from './ShortcutsDialog.tsx'
import { TaskGallery } from './gallery/TaskGallery.tsx'
import { SelectionContext } from './selection/selection.ts'
import { tableColumns } from './tableColumns.tsx'

const NO_TASKS: never[] = []

/** The tasks screen: Ark's list or the archive, with the archive's controls and columns composed in. */
export function TasksScreen() {
  const {
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
    columnVisibility,
    setColumnVisibility,
    knownEndpoints,
    notify,
    finishedIds,
    activeIndex,
    setActiveIndex,
    table,
    taskIdsInput,
    setParams,
    openTask,
    closeTask,
    setModelView,
    showArchive,
    shortcutsOpen,
    setShortcutsOpen,
    focusDetail,
    focusDetailDone,
    live,
    unreadable,
    blockingError,
  } = useTasksScreenState()
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
          <input type="checkbox" checked={notify.on} onChange={(e) => void notify.set(e.target.checked)} /> Notify when
          tasks finish
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
          table={table}
          tasks={tasks ?? NO_TASKS}
          loading={tasks ? undefined : archive ? 'Reading the archive…' : 'Loading tasks…'}
          sortsOnePage={(list.data?.total ?? 0) > (tasks?.length ?? 0)}
          activeIndex={activeIndex}
          openTaskId={openTaskId}
          finishedIds={finishedIds}
          onActivate={setActiveIndex}
          onOpen={openTask}
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
