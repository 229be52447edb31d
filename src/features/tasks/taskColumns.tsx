import { formatCount } from '../../lib/formatNumber.ts'
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table'
import type { ArkTask } from '../../api/arkTask.ts'
import { CopyButton } from '../../components/CopyButton.tsx'
import { TimeText } from '../../components/TimeText.tsx'
import { formatDuration } from '../../lib/formatTime.ts'
import { shortTaskId } from '../../lib/shortTaskId.ts'
import { FileAvailability } from './components/FileAvailability.tsx'
import { StatusBadge } from './components/StatusBadge.tsx'
import { FACES_BY_SUBDIVISION, fileExpiresAt, runSeconds } from '../../api/taskFacts.ts'

export const taskTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
})

/** Builds columns for the task table; `app/` uses it to add columns other features own. */
export const taskColumn = createColumnHelper<typeof taskTableFeatures, ArkTask>()
const column = taskColumn

export type TaskColumn = ReturnType<typeof column.display>

const faces = (level: string | undefined) => (level ? FACES_BY_SUBDIVISION[level] : undefined)
const dash = <span className="text-muted-foreground">—</span>

/** `doubao-seed3d-2-0-251115` → `seed3d-2-0`: the family and version, the full name on hover. */
export const shortModelName = (model: string) => model.replace(/^doubao-/, '').replace(/-\d{6}$/, '')

/**
 * Ark's fields, in the order a daily user reads them: which task, how it went, how long its file
 * stays, when, what. Kind, Updated and Run time start hidden (see DEFAULT_HIDDEN_COLUMNS).
 */
const baseColumns = column.columns([
  column.accessor('id', {
    header: 'Task ID',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span className="inline-flex items-center gap-0.5">
        <code className="font-mono text-[12.5px] task-id" title={info.getValue()}>
          {shortTaskId(info.getValue())}
        </code>
        <CopyButton text={info.getValue()} label={`Copy ${info.getValue()}`} tabbable={false} />
        {info.row.original.warnings.length > 0 && (
          <span
            className="text-(--warn-fg)"
            role="img"
            aria-label="Partly unreadable"
            title={info.row.original.warnings.join('\n')}
          >
            ⚠
          </span>
        )}
      </span>
    ),
  }),
  column.accessor('status', {
    header: 'Status',
    sortFn: 'alphanumeric',
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  column.accessor(fileExpiresAt, {
    id: 'file',
    header: 'Time left',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => <FileAvailability task={info.row.original} />,
  }),
  column.accessor('createdAt', {
    header: 'Created',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => <TimeText seconds={info.getValue()} />,
  }),
  column.accessor('model', {
    header: 'Model',
    sortFn: 'alphanumeric',
    cell: (info) => {
      const model = info.getValue()
      return model ? <span title={model}>{shortModelName(model)}</span> : dash
    },
  }),
  column.accessor((task) => faces(task.subdivisionLevel), {
    id: 'fileFormat',
    header: 'Format',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => {
      const { fileFormat, subdivisionLevel } = info.row.original
      if (!fileFormat && !subdivisionLevel) return dash
      const count = info.getValue()
      return (
        <span title={count ? `${subdivisionLevel}: about ${formatCount(count)} faces` : undefined}>
          {fileFormat ?? '—'}
          {subdivisionLevel && <span className="text-muted-foreground"> · {subdivisionLevel}</span>}
        </span>
      )
    },
  }),
  column.accessor('totalTokens', {
    header: 'Tokens',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => (info.getValue() === undefined ? dash : formatCount(info.getValue()!)),
  }),
  column.accessor((task) => task.error?.message ?? task.error?.code, {
    id: 'error',
    header: 'Error',
    enableSorting: false,
    cell: (info) => {
      const error = info.row.original.error
      if (!error) return null
      return (
        <span className="text-destructive" title={`${error.code ?? ''}\n${error.message ?? ''}`}>
          {error.code && <code className="font-mono text-[12.5px]">{error.code}</code>} {error.message}
        </span>
      )
    },
  }),
  column.accessor('kind', { header: 'Kind', cell: (info) => (info.getValue() === '3d' ? '3D' : 'Video') }),
  column.accessor('updatedAt', {
    header: 'Updated',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => <TimeText seconds={info.getValue()} />,
  }),
  column.accessor(runSeconds, {
    id: 'runTime',
    header: 'Run time',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => (info.getValue() === undefined ? dash : formatDuration(info.getValue()!)),
  }),
])

/** Behind the column picker unless the user shows them: the table fits 1280 px without them. */
export const DEFAULT_HIDDEN_COLUMNS = { kind: false, updatedAt: false, runTime: false } as const

/**
 * The table's columns: Ark's fields, with columns other features own (composed in `app/`) placed
 * after Status (`afterStatus`) or before everything (`first`).
 */
export function taskColumns(afterStatus: readonly TaskColumn[] = [], first: readonly TaskColumn[] = []) {
  const statusAt = baseColumns.findIndex((c) => 'accessorKey' in c && c.accessorKey === 'status') + 1
  return [
    ...first,
    ...baseColumns.slice(0, statusAt),
    ...afterStatus,
    ...baseColumns.slice(statusAt),
  ] as typeof baseColumns
}

export type TaskColumns = ReturnType<typeof taskColumns>

/** What the column picker offers: each column with a text header (not the checkboxes), by its header. */
export function columnLabels(columns: TaskColumns): Array<[id: string, label: string]> {
  return columns
    .filter((c) => typeof c.header === 'string')
    .map((c) => [c.id ?? ('accessorKey' in c ? String(c.accessorKey) : ''), c.header as string])
}
