import { useTable, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table'
import type { ArkTask } from '../../../api/arkTask.ts'
import { taskTableFeatures, type TaskColumns } from '../taskColumns.tsx'

/**
 * The task table, made by the screen that shows it (as in shadcn's tasks example): the rows, the
 * header and the keyboard all read its one row model, sorted within the page.
 */
export function useTaskTable({
  tasks,
  columns,
  sorting,
  onSortingChange,
  columnVisibility,
}: {
  tasks: ArkTask[]
  /** From `taskColumns(extra)`: the table shows what it is given. */
  columns: TaskColumns
  sorting: SortingState
  onSortingChange: (next: SortingState) => void
  columnVisibility: ColumnVisibilityState
}) {
  return useTable({
    features: taskTableFeatures,
    columns,
    data: tasks,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  })
}

export type TaskTableInstance = ReturnType<typeof useTaskTable>
