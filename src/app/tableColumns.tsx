import { StarToggle, StorageCell, TaskName, TaskThumbnail } from '../features/archive/index.ts'
import { taskColumn, taskColumns } from '../features/tasks/index.ts'
import { PictureNote } from './thumbnails/PictureNote.tsx'
import { SelectPageCheckbox, SelectTaskCheckbox } from './selection/SelectCheckboxes.tsx'

/**
 * The task table's columns: a checkbox, the picture and the user's name and star first, Ark's
 * fields, and "Saved" after Status.
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
      cell: (info) => (
        <span className="relative inline-block">
          <TaskThumbnail task={info.row.original} size="row" />
          <PictureNote task={info.row.original} compact />
        </span>
      ),
    }),
    taskColumn.display({
      id: 'name',
      header: 'Name',
      cell: (info) => (
        <span className="flex min-w-0 items-center">
          <StarToggle taskId={info.row.original.id} className="size-6" inList />
          <TaskName taskId={info.row.original.id} inList fallback={<span className="text-muted-foreground">—</span>} />
        </span>
      ),
    }),
  ],
)
