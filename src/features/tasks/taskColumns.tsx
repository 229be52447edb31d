import { createColumnHelper, tableFeatures } from '@tanstack/react-table'
import type { ArkTask } from '../../api/arkTask.ts'
import { formatLocal, formatRelative, formatUtc } from '../../lib/formatTime.ts'

export const taskTableFeatures = tableFeatures({})

const column = createColumnHelper<typeof taskTableFeatures, ArkTask>()

export const taskColumns = column.columns([
  column.accessor('id', {
    header: 'Task ID',
    cell: (info) => <code className="task-id">{info.getValue()}</code>,
  }),
  column.accessor('model', { header: 'Model', cell: (info) => info.getValue() ?? '—' }),
  column.accessor('status', {
    header: 'Status',
    cell: (info) => <span className={`status status-${info.getValue()}`}>{info.getValue()}</span>,
  }),
  column.accessor('createdAt', {
    header: 'Created',
    cell: (info) => {
      const created = info.getValue()
      if (created === undefined) return '—'
      return (
        <time
          dateTime={new Date(created * 1000).toISOString()}
          title={`${formatLocal(created)}\n${formatUtc(created)}`}
        >
          {formatRelative(created)}
        </time>
      )
    },
  }),
])
