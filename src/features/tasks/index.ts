// The tasks feature's public face: what `app/` composes into the tasks screen.
export { ColumnPicker } from './components/ColumnPicker.tsx'
export { ListStatus } from './components/ListStatus.tsx'
export { TaskFilters } from './components/TaskFilters.tsx'
export { TaskListError } from './components/TaskListError.tsx'
export { TaskPagination } from './components/TaskPagination.tsx'
export { TaskSummary } from './components/TaskSummary.tsx'
export { TaskTable } from './components/TaskTable.tsx'
export { useFinishedTasks } from './hooks/useFinishedTasks.ts'
export { useTableKeyboard } from './hooks/useTableKeyboard.ts'
export { useTaskList } from './hooks/useTaskList.ts'
export { useTaskTable } from './hooks/useTaskTable.ts'
export { useColumnsThatFit } from './hooks/useColumnsThatFit.ts'
export {
  DEFAULT_HIDDEN_COLUMNS,
  shortModelName,
  taskColumn,
  taskColumns,
  type TaskColumn,
  type TaskColumns,
} from './taskColumns.tsx'
export { isInFlight } from './taskStatuses.ts'
export { FileAvailability } from './components/FileAvailability.tsx'
export { StatusBadge } from './components/StatusBadge.tsx'
