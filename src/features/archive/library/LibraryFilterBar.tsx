import { SearchIcon, StarIcon, XIcon } from 'lucide-react'
import { Fragment, memo, useState } from 'react'
import { FILTER_STATUSES } from '../../../api/taskListParams.ts'
import { Button } from '../../../components/ui/button.tsx'
import { Input } from '../../../components/ui/input.tsx'
import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { cn } from '../../../lib/cn.ts'
import { libraryFilterCount, LIBRARY_SORTS, type LibraryFilters, type LibrarySort } from './libraryFilters.ts'
import type { LibraryChoices } from './libraryRows.ts'

const SORT_NAMES: Record<LibrarySort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  name: 'Name',
  model: 'Model',
  status: 'Status',
}

const YES_NO_FILTERS = [
  { name: 'saved', label: 'Saved', yes: 'saved here', no: 'not saved' },
  { name: 'pictured', label: 'Picture', yes: 'has one', no: 'none yet' },
] as const

interface Props {
  filters: LibraryFilters
  choices: LibraryChoices | undefined
  onChange: (next: LibraryFilters) => void
}

/** One choice of a filter, as a select whose first option is "any". */
function FilterSelect({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string
  value: string | undefined
  options: ReadonlyArray<string | [string, string]>
  onChange: (value: string | undefined) => void
  className?: string
}) {
  return (
    <NativeSelect
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
      className={cn(value && '[&_select]:border-primary [&_select]:bg-selected', className)}
    >
      <option value="">{label}: any</option>
      {options.map((option) => {
        const [optionValue, text] = typeof option === 'string' ? [option, option] : option
        return (
          <option key={optionValue} value={optionValue}>
            {label}: {text}
          </option>
        )
      })}
      {value && !options.some((o) => (typeof o === 'string' ? o : o[0]) === value) && (
        <option value={value}>
          {label}: {value}
        </option>
      )}
    </NativeSelect>
  )
}

/** The library's filter bar: search, then one control per fact, every value kept in the address. */
export const LibraryFilterBar = memo(function LibraryFilterBar({ filters, choices, onChange }: Props) {
  // What is typed, with its spaces; the address (back, a pasted link) wins when it says otherwise.
  const [draft, setDraft] = useState<string>()
  const q = draft !== undefined && (draft.trim() || undefined) === filters.q ? draft : (filters.q ?? '')
  const set = (change: Partial<LibraryFilters>) => onChange({ ...filters, ...change })
  return (
    <div role="search" aria-label="Library filters" className="mb-2 flex flex-wrap items-center gap-1.5">
      <label className="relative flex min-w-48 flex-[1_1_14rem] items-center">
        <SearchIcon aria-hidden="true" className="pointer-events-none absolute left-2 size-3.5 text-muted-foreground" />
        <Input
          type="search"
          aria-label="Search the library"
          placeholder="Search ID, name, tag, note, error…"
          className="w-full pl-7"
          value={q}
          onChange={(event) => {
            setDraft(event.target.value)
            set({ q: event.target.value.trim() || undefined })
          }}
        />
      </label>
      <FilterSelect
        label="Model"
        value={filters.model}
        options={choices?.models ?? []}
        onChange={(model) => set({ model })}
        className="max-w-64"
      />
      <FilterSelect
        label="Format"
        value={filters.format}
        options={choices?.formats ?? []}
        onChange={(format) => set({ format })}
      />
      <FilterSelect
        label="Level"
        value={filters.level}
        options={choices?.levels ?? []}
        onChange={(level) => set({ level })}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        options={[...FILTER_STATUSES, 'expired']}
        onChange={(status) => set({ status })}
      />
      {YES_NO_FILTERS.map(({ name, label, yes, no }) => (
        <FilterSelect
          key={name}
          label={label}
          value={filters[name]}
          options={[
            ['yes', yes],
            ['no', no],
          ]}
          onChange={(value) => set({ [name]: value as 'yes' | 'no' | undefined })}
        />
      ))}
      <FilterSelect label="Tag" value={filters.tag} options={choices?.tags ?? []} onChange={(tag) => set({ tag })} />
      <span className="flex items-center gap-1 text-[12px] text-muted-foreground">
        {(['from', 'to'] as const).map((end, index) => (
          <Fragment key={end}>
            {index > 0 && '–'}
            <Input
              type="date"
              aria-label={end === 'from' ? 'Created from' : 'Created to'}
              value={filters[end] ?? ''}
              // Each end is bounded by the other, so the range cannot turn inside out.
              min={end === 'to' ? filters.from : undefined}
              max={end === 'from' ? filters.to : undefined}
              onChange={(event) => set({ [end]: event.target.value || undefined })}
              className="w-38"
            />
          </Fragment>
        ))}
      </span>
      <Button
        size="sm"
        aria-pressed={Boolean(filters.starred)}
        onClick={() => set({ starred: filters.starred ? undefined : true })}
        className={cn(filters.starred && 'border-primary bg-selected')}
      >
        <StarIcon className={cn(filters.starred && 'fill-current text-amber-500')} />
        Starred
      </Button>
      <NativeSelect
        aria-label="Sort"
        value={filters.sort ?? 'newest'}
        onChange={(event) => set({ sort: event.target.value as LibrarySort })}
      >
        {LIBRARY_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            Sort: {SORT_NAMES[sort]}
          </option>
        ))}
      </NativeSelect>
      {libraryFilterCount(filters) > 0 && (
        <Button size="sm" variant="ghost" onClick={() => onChange(filters.sort ? { sort: filters.sort } : {})}>
          <XIcon />
          Clear filters
        </Button>
      )}
    </div>
  )
})
