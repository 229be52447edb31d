import { ListFilterIcon, SearchIcon, StarIcon, XIcon } from 'lucide-react'
import { memo, useState } from 'react'
import { FILTER_STATUSES } from '../../../api/taskListParams.ts'
import { Button } from '../../../components/ui/button.tsx'
import { Input } from '../../../components/ui/input.tsx'
import { Popover, PopoverContent, PopoverTrigger } from '../../../components/ui/popover.tsx'
import {
  Command,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from '../../../components/ui/command.tsx'
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

type ValueFacet = 'model' | 'format' | 'level' | 'status' | 'tag'
const STATUSES = [...FILTER_STATUSES, 'expired']
/** The filters that take one value of a list: in the finder, as selects and as chips, in this order. */
const VALUE_FACETS: ReadonlyArray<{ key: ValueFacet; label: string; values: (c?: LibraryChoices) => string[] }> = [
  { key: 'model', label: 'Model', values: (c) => c?.models ?? [] },
  { key: 'format', label: 'Format', values: (c) => c?.formats ?? [] },
  { key: 'level', label: 'Level', values: (c) => c?.levels ?? [] },
  { key: 'status', label: 'Status', values: () => STATUSES },
  { key: 'tag', label: 'Tag', values: (c) => c?.tags ?? [] },
]

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

/** Every value of every filter in one list that narrows as you type: Enter applies the one picked. */
function FindAFilter({
  filters,
  choices,
  onPick,
}: {
  filters: LibraryFilters
  choices: LibraryChoices | undefined
  onPick: (change: Partial<LibraryFilters>) => void
}) {
  const groups = VALUE_FACETS.map((facet) => ({ ...facet, values: facet.values(choices) }))
  return (
    <Command className="col-span-2 rounded-md border border-border" label="Find a filter">
      <CommandInput placeholder="Find a filter: glb, failed, a tag…" />
      <CommandList>
        <CommandEmpty>No filter has that value.</CommandEmpty>
        {groups.map(({ label, key, values }) =>
          values.length === 0 ? null : (
            <CommandGroup key={key} heading={label}>
              {values.map((value) => (
                <CommandItem key={value} value={`${label}: ${value}`} onSelect={() => onPick({ [key]: value })}>
                  <span className="truncate">{value}</span>
                  {filters[key] === value && <span className="ml-auto text-[11.5px] text-muted-foreground">on</span>}
                </CommandItem>
              ))}
            </CommandGroup>
          ),
        )}
      </CommandList>
    </Command>
  )
}

/** The active filters as chips, each with its value and a button that clears it. */
function activeChips(filters: LibraryFilters): Array<{ key: keyof LibraryFilters; label: string; value: string }> {
  const chips: Array<{ key: keyof LibraryFilters; label: string; value: string }> = []
  const add = (key: keyof LibraryFilters, label: string, value: string | undefined) =>
    value && chips.push({ key, label, value })
  for (const { key, label } of VALUE_FACETS) add(key, label, filters[key])
  for (const { name, label, yes, no } of YES_NO_FILTERS)
    add(name, label, filters[name] && (filters[name] === 'yes' ? yes : no))
  add('from', 'Created from', filters.from)
  add('to', 'Created to', filters.to)
  if (filters.starred) add('starred', 'Starred', 'yes')
  return chips
}

/**
 * The library's filter bar in one line: search, a Filters button that opens every filter, the
 * active ones as chips (each cleared by its ×), and the sort. Every value is kept in the address.
 */
export const LibraryFilterBar = memo(function LibraryFilterBar({ filters, choices, onChange }: Props) {
  // What is typed, with its spaces; the address (back, a pasted link) wins when it says otherwise.
  const [draft, setDraft] = useState<string>()
  const q = draft !== undefined && (draft.trim() || undefined) === filters.q ? draft : (filters.q ?? '')
  const set = (change: Partial<LibraryFilters>) => onChange({ ...filters, ...change })
  const chips = activeChips(filters)
  return (
    <div role="search" aria-label="Library filters" className="flex flex-wrap items-center gap-1.5">
      <label className="relative flex min-w-40 flex-[1_1_12rem] items-center">
        <SearchIcon aria-hidden="true" className="pointer-events-none absolute left-2 size-3.5 text-muted-foreground" />
        <Input
          type="search"
          aria-label="Search the library"
          placeholder="Search ID, name, tag, note, error…"
          className="h-7 w-full pl-7"
          value={q}
          onChange={(event) => {
            setDraft(event.target.value)
            set({ q: event.target.value.trim() || undefined })
          }}
        />
      </label>
      <Popover>
        <PopoverTrigger asChild>
          <Button size="sm">
            <ListFilterIcon />
            Filters{chips.length > 0 ? ` (${chips.length})` : ''}
          </Button>
        </PopoverTrigger>
        <PopoverContent className="grid w-80 grid-cols-2 gap-2" aria-label="Filters">
          <FindAFilter filters={filters} choices={choices} onPick={set} />
          {VALUE_FACETS.map(({ key, label, values }) => (
            <FilterSelect
              key={key}
              label={label}
              value={filters[key]}
              options={values(choices)}
              onChange={(value) => set({ [key]: value })}
              className={key === 'model' ? 'col-span-2' : undefined}
            />
          ))}
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
          {(['from', 'to'] as const).map((end) => (
            <label key={end} className="flex flex-col gap-0.5 text-[12px] text-muted-foreground">
              {end === 'from' ? 'Created from' : 'Created to'}
              <Input
                type="date"
                value={filters[end] ?? ''}
                // Each end is bounded by the other, so the range cannot turn inside out.
                min={end === 'to' ? filters.from : undefined}
                max={end === 'from' ? filters.to : undefined}
                onChange={(event) => set({ [end]: event.target.value || undefined })}
              />
            </label>
          ))}
          <Button
            size="sm"
            aria-pressed={Boolean(filters.starred)}
            onClick={() => set({ starred: filters.starred ? undefined : true })}
            className={cn('col-span-2 justify-self-start', filters.starred && 'border-primary bg-selected')}
          >
            <StarIcon className={cn(filters.starred && 'fill-current text-amber-500')} />
            Starred only
          </Button>
        </PopoverContent>
      </Popover>
      {chips.map((chip) => (
        <span
          key={chip.key}
          className="inline-flex h-7 max-w-56 items-center gap-1 rounded-full border border-primary bg-selected pr-0.5 pl-2.5 text-[12px]"
        >
          <span className="truncate" title={`${chip.label}: ${chip.value}`}>
            <span className="text-muted-foreground">{chip.label}:</span> {chip.value}
          </span>
          <Button
            size="icon-sm"
            variant="ghost"
            className="size-6 rounded-full"
            aria-label={`Clear the ${chip.label} filter`}
            onClick={() => set({ [chip.key]: undefined })}
          >
            <XIcon className="size-3" />
          </Button>
        </span>
      ))}
      <NativeSelect
        aria-label="Sort"
        className="[&_select]:h-7"
        value={filters.sort ?? 'newest'}
        onChange={(event) => set({ sort: event.target.value as LibrarySort })}
      >
        {LIBRARY_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            Sort: {SORT_NAMES[sort]}
          </option>
        ))}
      </NativeSelect>
      {libraryFilterCount(filters) > 1 && (
        <Button size="sm" variant="ghost" onClick={() => onChange(filters.sort ? { sort: filters.sort } : {})}>
          <XIcon />
          Clear all
        </Button>
      )}
    </div>
  )
})
