import type { Cell } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { useAfterPaint } from '../../../lib/useAfterPaint.ts'
import type { TaskTableInstance } from '../hooks/useTaskTable.ts'
import type { taskTableFeatures } from '../taskColumns.tsx'
import { staleClasses } from '../../../components/ui/stale.ts'
import { cn } from '../../../lib/cn.ts'

const ROW_HEIGHT = 40
/** Rows drawn beyond the view on either side: enough for a fast scroll to find them there. */
const SCROLL_OVERSCAN = 12
/** A new set of rows is first drawn without a margin (the rows in view), so it is painted sooner; the rest follow. */
const FIRST_PAINT_OVERSCAN = 0

interface Props {
  /** Made by the screen with useTaskTable, which also reads the rows' order from it for the keyboard. */
  table: TaskTableInstance
  tasks: ArkTask[]
  /** The list has more pages than this one: a sort orders this page only, and the header says so. */
  sortsOnePage?: boolean
  activeIndex: number
  openTaskId?: string
  finishedIds: ReadonlySet<string>
  onActivate: (index: number) => void
  onOpen: (task: ArkTask) => void
  stale: boolean
  /** Set while the first answer is on its way: said in place of the rows. */
  loading?: string
  /** Said when there are no rows. */
  emptyText: string
  /** The table is wider than its box: one column should go (useColumnsThatFit). */
  onTooWide?: () => void
  /** The box has grown since a column went: they may all come back. */
  onRoom?: () => void
}

/**
 * Renders the rows it is given, sorted within the page; only the rows in view are in the DOM, so a
 * 500-row page costs what a 30-row one does. It knows nothing of where rows come from.
 */
/** Cells that need more than the table's own: a picture's tight box, an error cut to one line. */
const CELL_CLASSES: Record<string, string> = {
  thumbnail: 'w-8 !pr-1',
  error: 'max-w-[200px] overflow-hidden text-ellipsis',
  // Saved is never dropped: in a narrow list its words wrap instead.
  local: 'min-w-28 !whitespace-normal text-[12px] leading-tight',
  name: 'max-w-44 [&_*]:truncate',
}

export function TaskTable(props: Props) {
  const { table, tasks, activeIndex, openTaskId, finishedIds } = props
  const rows = table.getRowModel().rows

  const scrollRef = useRef<HTMLDivElement>(null)
  useFitWidth(scrollRef, props.onTooWide, props.onRoom)
  const rowIds = useRowIdsKey(tasks)
  const paintedRowIds = useAfterPaint(rowIds)
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A live refresh of the same rows keeps the margin: its rows stay mounted (and focused).
    overscan: paintedRowIds === rowIds ? SCROLL_OVERSCAN : FIRST_PAINT_OVERSCAN,
  })

  useEffect(() => {
    if (activeIndex < 0 || activeIndex >= rows.length) return
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
    // Focus follows the active row while the list has it (or nothing has it, as after Esc closed the
    // task), checked again when the row is drawn: a Tab pressed meanwhile has moved on, and wins.
    const listHasFocus = () =>
      scrollRef.current?.contains(document.activeElement) || document.activeElement === document.body
    if (!listHasFocus()) return
    requestAnimationFrame(() => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`tr[aria-rowindex="${activeIndex + 2}"]`)
      if (row && row !== document.activeElement && listHasFocus()) row.focus()
    })
  }, [activeIndex, rows.length, virtualizer])

  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const visibleColumnCount = table.getVisibleLeafColumns().length

  return (
    <div
      className={cn('min-h-60 flex-1 overflow-auto rounded-md border border-border', staleClasses(props.stale))}
      ref={scrollRef}
      data-scroll="tasks"
      data-stale={props.stale || undefined}
    >
      <table
        className="w-full border-collapse text-[13px] [&_:is(th,td)]:border-b [&_:is(th,td)]:border-border [&_:is(th,td)]:px-[7px] [&_:is(th,td)]:py-[3px] [&_:is(th,td)]:text-left [&_:is(th,td)]:whitespace-nowrap"
        aria-rowcount={rows.length + 1}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className="sticky top-0 z-[1] bg-background font-semibold text-muted-foreground"
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="cursor-pointer rounded-sm border-0 bg-transparent p-0 font-semibold text-muted-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        {sorted && props.sortsOnePage && (
                          <span className="text-[11px] font-normal text-muted-foreground"> this page</span>
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={visibleColumnCount} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            const task = row.original
            return (
              <tr
                key={row.id}
                data-task-id={task.id}
                data-active={item.index === activeIndex || undefined}
                aria-rowindex={item.index + 2}
                // One tab stop for the whole list: the active row (or the first); arrows and j/k move.
                tabIndex={item.index === Math.max(activeIndex, 0) ? 0 : -1}
                onFocus={() => item.index !== activeIndex && props.onActivate(item.index)}
                data-finished={finishedIds.has(task.id) || undefined}
                className={cn(
                  'cursor-pointer outline-none hover:bg-muted focus-visible:shadow-[inset_0_0_0_2px_var(--accent)]',
                  item.index === activeIndex && 'bg-muted shadow-[inset_3px_0_0_var(--accent)]',
                  task.id === openTaskId && 'bg-selected',
                  finishedIds.has(task.id) && 'animate-finished bg-(--finished)',
                )}
                style={{ height: ROW_HEIGHT }}
                onClick={() => {
                  props.onActivate(item.index)
                  props.onOpen(task)
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={CELL_CLASSES[cell.column.id]} data-column={cell.column.id}>
                    {renderCell(cell)}
                  </td>
                ))}
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={visibleColumnCount} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="m-0 p-4 text-muted-foreground" role="status">
          {props.loading ?? props.emptyText}
        </p>
      )}
    </div>
  )
}

/**
 * A cell's content, by calling its column's `cell` function: FlexRender would make that function a
 * component, two more fibers for each of a row's dozen cells. So a `cell` function holds no hooks;
 * what has state is a component it returns (as `TimeText`, `CopyButton`).
 */
function renderCell(cell: Cell<typeof taskTableFeatures, ArkTask>): ReactNode {
  const render = cell.column.columnDef.cell
  return typeof render === 'function' ? render(cell.getContext()) : render
}

/** One string per set of task IDs in the list, unchanged when a refresh brings the same tasks. */
function useRowIdsKey(tasks: ArkTask[]): string {
  return useMemo(() => tasks.map((task) => task.id).join(' '), [tasks])
}

/** Reports a table wider than its box after each render, and a box that grew since then. */
function useFitWidth(box: RefObject<HTMLDivElement | null>, onTooWide?: () => void, onRoom?: () => void) {
  const widthWhenTooWide = useRef(0)
  useLayoutEffect(() => {
    const element = box.current
    if (!element || !onTooWide || element.clientWidth === 0) return
    if (element.scrollWidth > element.clientWidth + 1) {
      widthWhenTooWide.current = element.clientWidth
      onTooWide()
    }
  })
  useEffect(() => {
    const element = box.current
    if (!element || !onRoom) return
    const observer = new ResizeObserver(() => {
      if (widthWhenTooWide.current && element.clientWidth > widthWhenTooWide.current + 24) {
        widthWhenTooWide.current = 0
        onRoom()
      }
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [box, onRoom])
}
