import type { Cell } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { useAfterPaint } from '../../../lib/useAfterPaint.ts'
import type { TaskTableInstance } from '../hooks/useTaskTable.ts'
import type { taskTableFeatures } from '../taskColumns.tsx'

const ROW_HEIGHT = 44
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
}

/**
 * Renders the rows it is given, sorted within the page; only the rows in view are in the DOM, so a
 * 500-row page costs what a 30-row one does. It knows nothing of where rows come from.
 */
export function TaskTable(props: Props) {
  const { table, tasks, activeIndex, openTaskId, finishedIds } = props
  const rows = table.getRowModel().rows

  const scrollRef = useRef<HTMLDivElement>(null)
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
    <div className={`table-scroll${props.stale ? ' is-stale' : ''}`} ref={scrollRef} data-scroll="tasks">
      <table className="task-table" aria-rowcount={rows.length + 1}>
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
                    className={`col-${header.column.id}`}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        {sorted && props.sortsOnePage && <span className="sort-scope"> this page</span>}
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
            const classes = [
              item.index === activeIndex && 'is-active',
              task.id === openTaskId && 'is-open',
              finishedIds.has(task.id) && 'just-finished',
            ].filter(Boolean)
            return (
              <tr
                key={row.id}
                data-task-id={task.id}
                data-active={item.index === activeIndex || undefined}
                aria-rowindex={item.index + 2}
                // One tab stop for the whole list: the active row (or the first); arrows and j/k move.
                tabIndex={item.index === Math.max(activeIndex, 0) ? 0 : -1}
                onFocus={() => item.index !== activeIndex && props.onActivate(item.index)}
                className={classes.join(' ')}
                style={{ height: ROW_HEIGHT }}
                onClick={() => {
                  props.onActivate(item.index)
                  props.onOpen(task)
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`} data-column={cell.column.id}>
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
        <p className="empty muted" role="status">
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
