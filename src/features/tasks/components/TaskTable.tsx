import { useTable } from '@tanstack/react-table'
import type { ArkTask } from '../../../api/arkTask.ts'
import { taskColumns, taskTableFeatures } from '../taskColumns.tsx'

interface Props {
  tasks: ArkTask[]
}

/** Renders rows it is given; it knows nothing of where they come from. */
export function TaskTable({ tasks }: Props) {
  const table = useTable({ features: taskTableFeatures, columns: taskColumns, data: tasks, getRowId: (row) => row.id })
  return (
    <table className="task-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-task-id={row.original.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
