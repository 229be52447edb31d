import { useTouchOnly } from '../../../lib/useTouchOnly.ts'
import { plural } from '../../../lib/plural.ts'
import { memo, type RefObject, useState } from 'react'
import {
  FILTER_STATUSES,
  PAGE_SIZES,
  splitTaskIds,
  type FilterStatus,
  type TaskListParams,
} from '../../../api/taskListParams.ts'
import { statusLook } from '../taskStatuses.ts'

interface Props {
  params: TaskListParams
  onChange: (next: TaskListParams) => void
  knownEndpoints: string[]
  taskIdsInput: RefObject<HTMLTextAreaElement | null>
}

/** Every list parameter of the API, one labelled control each. Filter changes go back to page 1. */
export const TaskFilters = memo(function TaskFilters({ params, onChange, knownEndpoints, taskIdsInput }: Props) {
  const filter = (patch: Partial<TaskListParams>) => onChange({ ...params, ...patch, pageNum: 1 })
  const hasFilters = Boolean(params.status || params.model || params.taskIds.length)
  return (
    <div className="filters" role="search" aria-label="Task filters">
      <label className="field">
        <span>Status</span>
        <select
          value={params.status ?? ''}
          onChange={(e) => filter({ status: (e.target.value || undefined) as FilterStatus | undefined })}
        >
          <option value="">All</option>
          {FILTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLook(status).label}
            </option>
          ))}
        </select>
      </label>
      <EndpointFilter
        key={`model:${params.model ?? ''}`}
        value={params.model}
        known={knownEndpoints}
        onApply={(model) => filter({ model })}
      />
      <TaskIdsFilter
        key={`ids:${params.taskIds.join(' ')}`}
        value={params.taskIds}
        inputRef={taskIdsInput}
        onApply={(taskIds) => filter({ taskIds })}
      />
      <label className="field">
        <span>Rows per page</span>
        <select
          value={params.pageSize}
          onChange={(e) => onChange({ ...params, pageSize: Number(e.target.value), pageNum: 1 })}
        >
          {[...new Set([...PAGE_SIZES, params.pageSize])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
        </select>
      </label>
      {hasFilters && (
        <button
          type="button"
          className="link-button"
          onClick={() => filter({ status: undefined, model: undefined, taskIds: [] })}
        >
          Clear filters
        </button>
      )}
    </div>
  )
})

function EndpointFilter({
  value,
  known,
  onApply,
}: {
  value?: string
  known: string[]
  onApply: (model?: string) => void
}) {
  const [draft, setDraft] = useState(value ?? '')
  const apply = () => {
    const next = draft.trim() || undefined
    if (next !== value) onApply(next)
  }
  const looksLikeModelName = /^doubao-|^seed/i.test(draft.trim())
  return (
    <label className="field field-wide">
      <span>Model endpoint ID</span>
      <input
        type="search"
        list="known-endpoints"
        placeholder="ep-…"
        value={draft}
        spellCheck={false}
        aria-describedby="endpoint-hint"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
      <datalist id="known-endpoints">
        {known.map((endpoint) => (
          <option key={endpoint} value={endpoint} />
        ))}
      </datalist>
      <small id="endpoint-hint" className={looksLikeModelName ? 'hint-warning' : 'muted'}>
        {looksLikeModelName
          ? 'That looks like a model name: Ark filters by the endpoint ID (ep-…) the task ran on.'
          : 'The inference endpoint ID (ep-…), not the model name.'}
      </small>
    </label>
  )
}

function TaskIdsFilter({
  value,
  inputRef,
  onApply,
}: {
  value: string[]
  inputRef: RefObject<HTMLTextAreaElement | null>
  onApply: (ids: string[]) => void
}) {
  const [draft, setDraft] = useState(value.join('\n'))
  const touchOnly = useTouchOnly()
  const apply = (text = draft) => {
    const ids = splitTaskIds(text)
    if (ids.join(' ') !== value.join(' ')) onApply(ids)
  }
  const count = splitTaskIds(draft).length
  return (
    <label className="field field-wide">
      <span>Task IDs</span>
      <textarea
        ref={inputRef}
        rows={1}
        placeholder="cgt-… (paste any number)"
        value={draft}
        spellCheck={false}
        aria-describedby="task-ids-hint"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => apply()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            apply()
          }
        }}
      />
      <small id="task-ids-hint" className="muted">
        {count === 0
          ? touchOnly
            ? 'Enter applies.'
            : 'Enter applies; / jumps here.'
          : `${plural(count, 'ID')}; Enter applies.`}
      </small>
    </label>
  )
}
