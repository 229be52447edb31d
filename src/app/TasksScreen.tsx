import { Suspense, useState } from 'react'
import { lazyNamed } from '../lib/lazyNamed.ts'
import { useTouchOnly } from '../lib/useTouchOnly.ts'
import { useTasksScreenState } from './tasksScreen/useTasksScreenState.ts'
import { plural } from '../lib/plural.ts'
import { NowContext } from '../lib/useNow.ts'
import {
  ArchivedElsewhereNote,
  ArchivePanel,
  ArchiveStatus,
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
import { LayoutGridIcon, SquareCheckIcon, TableIcon } from 'lucide-react'
import { Alert } from '../components/ui/alert.tsx'
import { Button } from '../components/ui/button.tsx'
import { SplitPanes } from '../components/ui/split-panes.tsx'
import { ToggleGroup, ToggleGroupItem } from '../components/ui/toggle-group.tsx'
import { SelectionBar } from './bulk/SelectionBar.tsx'
import { FiltersSheet } from './FiltersSheet.tsx'
import { MakeThumbnailsButton } from './thumbnails/MakeThumbnailsButton.tsx'
import { AutoPictures } from './thumbnails/AutoPictures.tsx'
import { PicturesStatus } from './thumbnails/PicturesStatus.tsx'
import { rememberedLayout } from './tasksScreen/useGalleryLayout.ts'
import { ScreenOptions } from './tasksScreen/ScreenOptions.tsx'
import { useEndpointLabels } from './tasksScreen/useRememberedEndpoints.ts'
import { LazyNewTaskDialog, NewTaskButton } from '../features/create/index.ts'
import { TaskGallery } from './gallery/TaskGallery.tsx'
import { SelectionContext } from './selection/selection.ts'
import { tableColumns } from './tableColumns.tsx'

const NO_TASKS: never[] = []

// Not on the first screen: each loads when it is first shown.
const TaskDetailPane = lazyNamed(() => import('./detail/TaskDetailPane.tsx'), 'TaskDetailPane')
const CompareScreen = lazyNamed(() => import('./compare/CompareScreen.tsx'), 'CompareScreen')
const KeeperPanel = lazyNamed(() => import('./keeper/KeeperPanel.tsx'), 'KeeperPanel')
const PictureBudgetSetting = lazyNamed(() => import('./thumbnails/PictureBudgetSetting.tsx'), 'PictureBudgetSetting')
const LibraryFilterBar = lazyNamed(() => import('../features/archive/library/LibraryFilterBar.tsx'), 'LibraryFilterBar')
const ShortcutsDialog = lazyNamed(() => import('./ShortcutsDialog.tsx'), 'ShortcutsDialog')

/** The tasks screen: Ark's list or the archive, with the archive's controls and columns composed in. */
export function TasksScreen() {
  const screen = useTasksScreenState()
  const chooseLayout = (gallery: boolean) => {
    rememberedLayout.set(gallery ? 'gallery' : 'table')
    screen.navigate({ ...screen.view, gallery })
  }
  // The model name typed in Ark's filter, which took the user to the library: said there in one line.
  const [modelNameNote, setModelNameNote] = useState<string>()
  const endpoints = useEndpointLabels()
  // A touch screen has no keyboard to take shortcuts from.
  const touchOnly = useTouchOnly()
  const emptyText = screen.archive
    ? 'No task in the library matches. Every task Ark lists is mirrored here and stays after Ark forgets it.'
    : 'No tasks match these filters in the last 7 days.'
  // What the table and the cards share: the active and open task, and how to move between them.
  const shownAs = {
    activeIndex: screen.activeIndex,
    openTaskId: screen.openTaskId,
    onActivate: screen.setActiveIndex,
    onOpen: screen.openTask,
    stale: screen.list.isPlaceholderData,
    emptyText,
  }

  const filters = screen.archive ? (
    <Suspense fallback={null}>
      <LibraryFilterBar
        filters={screen.library}
        choices={screen.archiveList.data?.choices}
        onChange={screen.setLibrary}
      />
    </Suspense>
  ) : (
    <TaskFilters
      params={screen.params}
      onChange={screen.setParams}
      knownEndpoints={screen.knownEndpoints}
      taskIdsInput={screen.taskIdsInput}
      endpointLabels={endpoints.labels}
      onEndpointLabel={endpoints.setLabel}
      onModelName={(model) => {
        setModelNameNote(model)
        screen.navigate({
          ...screen.view,
          archive: true,
          library: { model },
          params: { ...screen.params, model: undefined, pageNum: 1 },
        })
      }}
    />
  )

  const listSection = (
    <section className="flex h-full min-h-0 min-w-0 flex-col" aria-label="Tasks">
      <div className="mb-1.5 flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <SourceTabs archive={Boolean(screen.archive)} onChange={screen.showArchive} />
        {screen.phone ? <FiltersSheet active={screen.activeFilters}>{filters}</FiltersSheet> : filters}
      </div>
      {screen.archive && (
        <ArchivePanel>
          <KeeperPanel />
          <PictureBudgetSetting />
        </ArchivePanel>
      )}
      {screen.archive && modelNameNote && screen.library?.model === modelNameNote && (
        <p role="status" className="m-0 mb-1.5 flex items-center gap-2 text-[13px] text-muted-foreground">
          Ark filters its list by endpoint ID, not model name: this is the library, filtered by model “{modelNameNote}”.
          <Button variant="link" onClick={() => setModelNameNote(undefined)}>
            Dismiss
          </Button>
        </p>
      )}
      {screen.corrections.length > 0 && (
        <Alert variant="warning" className="my-2" role="status" aria-label="Address corrected">
          <strong>The address had values Ark does not accept; they were corrected:</strong>
          <ul>
            {screen.corrections.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Button variant="link" onClick={screen.dismissCorrections}>
            Dismiss
          </Button>
        </Alert>
      )}
      <div className="my-1 flex flex-wrap items-center gap-x-3 gap-y-1.5">
        {!screen.phone && (
          <ToggleGroup
            type="single"
            aria-label="Layout"
            value={screen.gallery ? 'gallery' : 'table'}
            onValueChange={(value) => value && chooseLayout(value === 'gallery')}
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
        {touchOnly && screen.gallery && (
          <Button
            size="sm"
            variant={screen.selection.selecting ? 'default' : 'outline'}
            aria-pressed={screen.selection.selecting}
            onClick={() => screen.selection.setSelecting(!screen.selection.selecting)}
          >
            <SquareCheckIcon />
            {screen.selection.selecting ? 'Done selecting' : 'Select'}
          </Button>
        )}
        {screen.archive ? (
          <ArchiveStatus list={screen.archiveList} />
        ) : (
          <ListStatus list={screen.arkList} live={screen.live} />
        )}
        {screen.tasksAfterPaint && <KeepPageButton tasks={screen.tasksAfterPaint} />}
        {screen.tasksAfterPaint && <MakeThumbnailsButton tasks={screen.tasksAfterPaint} />}
        <PicturesStatus />
        <span className="ml-auto flex items-center gap-1">
          <NewTaskButton onClick={() => screen.setNewTaskOpen(true)} />
          {!screen.gallery && (
            <ColumnPicker
              columns={tableColumns}
              visibility={screen.columnVisibility}
              onChange={screen.setColumnVisibility}
            />
          )}
          <ScreenOptions
            notify={screen.notify}
            onShortcuts={touchOnly ? undefined : () => screen.setShortcutsOpen(true)}
          />
        </span>
      </div>
      <KeepActivityList />
      {screen.blockingError ? <TaskListError error={screen.list.error} /> : null}
      {screen.unreadable > 0 && (
        <Alert variant="warning" className="my-2" role="status">
          {plural(screen.unreadable, 'item')} on this page could not be read in full; they are marked ⚠ and show what
          could be read.
        </Alert>
      )}
      {!screen.archive && screen.params.taskIds.length > 0 && !screen.list.isPlaceholderData && (
        <ArchivedElsewhereNote
          askedIds={screen.params.taskIds}
          listedIds={
            screen.tasks && (screen.list.data?.total ?? Infinity) <= screen.tasks.length
              ? screen.tasks.map((t) => t.id)
              : undefined
          }
          onShowArchive={() => screen.showArchive(true)}
        />
      )}
      {screen.tasksAfterPaint && <TaskSummary tasks={screen.tasksAfterPaint} />}
      {screen.tasks && screen.gallery ? (
        <TaskGallery tasks={screen.tasks} {...shownAs} />
      ) : screen.tasks || !screen.blockingError ? (
        // Mounted while the list loads, so its answer only adds rows to a table that is there.
        <TaskTable
          table={screen.table}
          tasks={screen.tasks ?? NO_TASKS}
          loading={screen.tasks ? undefined : screen.archive ? 'Reading the library…' : 'Loading tasks…'}
          sortsOnePage={(screen.list.data?.total ?? 0) > (screen.tasks?.length ?? 0)}
          finishedIds={screen.finishedIds}
          onTooWide={screen.fit.tooWide}
          onRoom={screen.fit.room}
          {...shownAs}
        />
      ) : null}
      <SelectionBar
        onCompare={(ids) =>
          screen.navigate({ ...screen.view, compareIds: ids, viewer: { display: screen.view.viewer?.display } })
        }
      />
      {screen.shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onOpenChange={screen.setShortcutsOpen} />
        </Suspense>
      )}
      {screen.newTaskOpen && (
        <Suspense fallback={null}>
          <LazyNewTaskDialog open onOpenChange={screen.setNewTaskOpen} onOpenTask={screen.openTaskById} />
        </Suspense>
      )}
      <TaskPagination
        pageNum={screen.params.pageNum}
        pageSize={screen.params.pageSize}
        total={screen.list.data?.total}
        loading={screen.list.isPlaceholderData}
        onPage={(pageNum) => screen.setParams({ ...screen.params, pageNum })}
        onPageSize={(pageSize) => screen.setParams({ ...screen.params, pageSize, pageNum: 1 })}
      />
    </section>
  )
  const detailPane = screen.openTaskId && (
    <Suspense fallback={<p className="m-0 p-3 text-[13px] text-muted-foreground">Opening {screen.openTaskId}…</p>}>
      <TaskDetailPane
        key={screen.openTaskId}
        taskId={screen.openTaskId}
        fromPage={screen.tasks?.find((t) => t.id === screen.openTaskId)}
        onClose={screen.closeTask}
        closeLabel={screen.phone ? 'Back' : 'Close details'}
        fullView={Boolean(screen.modelView)}
        takeFocus={screen.focusDetail}
        onFocused={screen.focusDetailDone}
        onFullView={screen.phone ? undefined : screen.setModelView}
        viewer={screen.view.viewer}
        onViewer={(viewer) => screen.navigate({ ...screen.view, viewer }, { replace: true })}
        onOpenTask={screen.openTaskById}
        onCompare={(ids) => screen.navigate({ ...screen.view, compareIds: ids })}
      />
    </Suspense>
  )

  return (
    <NowContext.Provider value={screen.now}>
      <LocalFilesContext.Provider value={screen.localFiles}>
        <AutoPictures tasksInView={screen.tasksAfterPaint ?? NO_TASKS} />
        <SelectionContext.Provider value={screen.selection}>
          <main className="min-h-0 flex-1">
            {screen.phone ? (
              listSection
            ) : (
              // The list keeps its place (and its scroll) while tasks open and close beside it.
              <SplitPanes
                label="Resize the list and the task"
                first={listSection}
                second={screen.openTaskId && !screen.modelView ? detailPane : undefined}
              />
            )}
            {screen.view.compareIds && (
              <div className="fixed inset-0 z-40 flex flex-col bg-background p-2 sm:p-3">
                <Suspense fallback={null}>
                  <CompareScreen
                    ids={screen.view.compareIds}
                    fromPage={(id) => screen.tasks?.find((t) => t.id === id)}
                    display={screen.view.viewer?.display}
                    onDisplay={(display) =>
                      screen.navigate({ ...screen.view, viewer: { ...screen.view.viewer, display } }, { replace: true })
                    }
                    onClose={() => screen.navigate({ ...screen.view, compareIds: undefined })}
                  />
                </Suspense>
              </div>
            )}
            {screen.openTaskId && (screen.phone || screen.modelView) && (
              <div className="fixed inset-0 z-40 flex flex-col bg-background p-2 sm:p-3">{detailPane}</div>
            )}
          </main>
        </SelectionContext.Provider>
      </LocalFilesContext.Provider>
    </NowContext.Provider>
  )
}
