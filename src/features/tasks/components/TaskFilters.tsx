import { TagIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { useTouchOnly } from '../../../lib/useTouchOnly.ts'
import { plural } from '../../../lib/plural.ts'
import { memo, type RefObject, useState } from 'react'
import { FILTER_STATUSES, splitTaskIds, type FilterStatus, type TaskListParams } from '../../../api/taskListParams.ts'
import { statusLook } from '../taskStatuses.ts'
import { Input } from '../../../components/ui/input.tsx'
import { Popover, PopoverContent, PopoverTrigger } from '../../../components/ui/popover.tsx'
import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { Textarea } from '../../../components/ui/textarea.tsx'
import { cn } from '../../../lib/cn.ts'

const FIELD = 'flex items-center gap-1.5'
const FIELD_NAME = 'text-[12px] whitespace-nowrap text-muted-foreground'
const HINT = 'basis-full text-[11.5px]'

interface Props {
  params: TaskListParams
  onChange: (next: TaskListParams) => void
  knownEndpoints: string[]
  taskIdsInput: RefObject<HTMLTextAreaElement | null>
  /** A model name typed where Ark takes an endpoint ID: the library can filter by it. */
  onModelName: (model: string) => void
  /** The user's names for endpoint IDs, and how to set one (an empty name removes it). */
  endpointLabels: Readonly<Record<string, string>>
  onEndpointLabel: (endpoint: string, label: string) => void
}

/** Every list parameter of the API, one labelled control each. Filter changes go back to page 1. */
export const TaskFilters = memo(function TaskFilters({
  params,
  onChange,
  knownEndpoints,
  taskIdsInput,
  onModelName,
  endpointLabels,
  onEndpointLabel,
}: Props) {
  const filter = (patch: Partial<TaskListParams>) => onChange({ ...params, ...patch, pageNum: 1 })
  const hasFilters = Boolean(params.status || params.model || params.taskIds.length)
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5" role="search" aria-label="Task filters">
      <label className={FIELD}>
        <span className="sr-only">Status</span>
        <NativeSelect
          className="[&_select]:h-7"
          value={params.status ?? ''}
          onChange={(e) => filter({ status: (e.target.value || undefined) as FilterStatus | undefined })}
        >
          <option value="">Status: all</option>
          {FILTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              Status: {statusLook(status).label}
            </option>
          ))}
        </NativeSelect>
      </label>
      <EndpointFilter
        key={`model:${params.model ?? ''}`}
        value={params.model}
        known={knownEndpoints}
        onApply={(model) => filter({ model })}
        onModelName={onModelName}
        labels={endpointLabels}
        onLabel={onEndpointLabel}
      />
      <TaskIdsFilter
        key={`ids:${params.taskIds.join(' ')}`}
        value={params.taskIds}
        inputRef={taskIdsInput}
        onApply={(taskIds) => filter({ taskIds })}
      />
      {hasFilters && (
        <Button variant="link" onClick={() => filter({ status: undefined, model: undefined, taskIds: [] })}>
          Clear filters
        </Button>
      )}
    </div>
  )
})

/** The name the user gave the applied endpoint, and a button to give or change it. */
function EndpointLabel({
  endpoint,
  label,
  onLabel,
}: {
  endpoint: string
  label?: string
  onLabel: (endpoint: string, label: string) => void
}) {
  const [open, setOpen] = useState(false)
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button size="sm" variant="ghost" className="h-7 max-w-40 px-1.5" title={`Name ${endpoint}`}>
          <TagIcon />
          <span className="truncate">{label ?? 'Name it'}</span>
          <span className="sr-only"> (endpoint name)</span>
        </Button>
      </PopoverTrigger>
      <PopoverContent className="grid gap-1.5">
        <label className="grid gap-1 text-[12px] text-muted-foreground">
          A name for {endpoint}
          <Input
            autoFocus
            defaultValue={label ?? ''}
            placeholder="Seed3D 2.0 prod"
            maxLength={80}
            onKeyDown={(event) => {
              event.stopPropagation()
              if (event.key !== 'Enter') return
              onLabel(endpoint, event.currentTarget.value)
              setOpen(false)
            }}
          />
        </label>
        <span className="text-[11.5px] text-muted-foreground">Enter saves; an empty name removes it.</span>
      </PopoverContent>
    </Popover>
  )
}

const isModelName = (text: string) => /^(doubao-|seed|hyper3d|hitem3d)/i.test(text)

function EndpointFilter({
  value,
  known,
  onApply,
  onModelName,
  labels,
  onLabel,
}: {
  value?: string
  known: string[]
  onApply: (model?: string) => void
  onModelName: (model: string) => void
  labels: Readonly<Record<string, string>>
  onLabel: (endpoint: string, label: string) => void
}) {
  const [draft, setDraft] = useState(value ?? '')
  const looksLikeModelName = isModelName(draft.trim())
  // Enter on a model name asks the library; leaving the field only leaves the warning.
  const apply = (byEnter: boolean) => {
    const next = draft.trim() || undefined
    if (next && looksLikeModelName) {
      if (byEnter) onModelName(next)
    } else if (next !== value) onApply(next)
  }
  return (
    <label className={cn(FIELD, 'flex-wrap')}>
      <span className={FIELD_NAME} aria-hidden="true">
        Endpoint
      </span>
      <Input
        type="search"
        aria-label="Model endpoint ID"
        className="h-7 w-36"
        list="known-endpoints"
        placeholder="ep-…"
        value={draft}
        spellCheck={false}
        aria-describedby="endpoint-hint"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => apply(false)}
        onKeyDown={(e) => e.key === 'Enter' && apply(true)}
      />
      <datalist id="known-endpoints">
        {known.map((endpoint) => (
          <option key={endpoint} value={endpoint} label={labels[endpoint]} />
        ))}
      </datalist>
      {value && <EndpointLabel endpoint={value} label={labels[value]} onLabel={onLabel} />}
      <small id="endpoint-hint" className={cn(HINT, looksLikeModelName ? 'text-(--warn-fg)' : 'sr-only')}>
        {looksLikeModelName
          ? 'That looks like a model name: Ark filters by endpoint ID (ep-…); Enter shows the library filtered by it.'
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
  // One line, the IDs apart by spaces: a pasted column of IDs is not cut after its first line.
  const [draft, setDraft] = useState(value.join(' '))
  const touchOnly = useTouchOnly()
  const apply = (text = draft) => {
    const ids = splitTaskIds(text)
    if (ids.join(' ') !== value.join(' ')) onApply(ids)
  }
  const count = splitTaskIds(draft).length
  return (
    <label className={cn(FIELD, 'flex-wrap')}>
      <span className={FIELD_NAME}>Task IDs</span>
      <Textarea
        className="h-7 min-h-7 w-36 py-1 font-mono text-[12.5px]"
        ref={inputRef}
        rows={1}
        placeholder="cgt-…"
        wrap="off"
        title="Paste any number of task IDs; Enter applies"
        value={draft}
        spellCheck={false}
        aria-describedby="task-ids-hint"
        onChange={(e) => setDraft(e.target.value.replace(/[\r\n]+/g, ' '))}
        onBlur={() => apply()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            apply()
          }
        }}
      />
      <small id="task-ids-hint" className={cn(HINT, count === 0 ? 'sr-only' : 'text-muted-foreground')}>
        {count === 0
          ? touchOnly
            ? 'Enter applies.'
            : 'Enter applies; / jumps here.'
          : `${plural(count, 'ID')}; Enter applies.`}
      </small>
    </label>
  )
}
