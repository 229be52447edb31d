import { StorageCell, TaskThumbnail } from '../features/archive/index.ts'
import { taskColumn, taskColumns } from '../features/tasks/index.ts'
import { SelectPageCheckbox, SelectTaskCheckbox } from './selection/SelectCheckboxes.tsx'

/**
 * The task table's columns: a checkbox and the archive's picture first, Ark's fields, and the
 * archive's "Saved" after Status.
 */
export const tableColumns = taskColumns(
  [
    taskColumn.display({
      id: 'local',
      header: 'Saved',
      cell: (info) => <StorageCell task={info.row.original} />,
    }),
  ],
  [
    taskColumn.display({
      id: 'select',
      header: (info) => <SelectPageCheckbox tasks={info.table.getRowModel().rows.map((row) => row.original)} />,
      cell: (info) => <SelectTaskCheckbox task={info.row.original} />,
      enableHiding: false,
    }),
    taskColumn.display({
      id: 'thumbnail',
      header: 'Picture',
      cell: (info) => <TaskThumbnail task={info.row.original} size="row" />,
    }),
  ],
)
