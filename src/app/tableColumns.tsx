import { LocalCopyCell, TaskThumbnail } from '../features/archive/index.ts'
import { taskColumn, taskColumns } from '../features/tasks/index.ts'

/** The task table's columns: Ark's fields, with the archive's picture first and "Kept" after Status. */
export const tableColumns = taskColumns(
  [
    taskColumn.display({
      id: 'local',
      header: 'Kept',
      cell: (info) => <LocalCopyCell taskId={info.row.original.id} />,
    }),
  ],
  [
    taskColumn.display({
      id: 'thumbnail',
      header: 'Picture',
      cell: (info) => <TaskThumbnail task={info.row.original} size="row" />,
    }),
  ],
)
