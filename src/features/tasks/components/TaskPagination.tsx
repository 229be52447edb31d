import { ChevronFirstIcon, ChevronLastIcon, ChevronLeftIcon, ChevronRightIcon } from 'lucide-react'
import { useState } from 'react'
import { PAGE_SIZES } from '../../../api/taskListParams.ts'
import { Button } from '../../../components/ui/button.tsx'
import { Input } from '../../../components/ui/input.tsx'
import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { plural } from '../../../lib/plural.ts'

interface Props {
  pageNum: number
  pageSize: number
  total: number | undefined
  onPage: (pageNum: number) => void
  onPageSize: (pageSize: number) => void
  loading: boolean
}

/** Paging in one line: first, previous, where we are, next, last, a jump, and how many rows a page holds. */
export function TaskPagination({ pageNum, pageSize, total, onPage, onPageSize, loading }: Props) {
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize))
  const [jump, setJump] = useState('')
  const canNext = pageCount !== undefined && pageNum < pageCount && !loading
  const from = total ? (pageNum - 1) * pageSize + 1 : 0
  const to = total ? Math.min(total, pageNum * pageSize) : 0
  return (
    <nav className="flex flex-wrap items-center gap-x-3 gap-y-1.5 pt-2 text-[13px]" aria-label="Pages">
      <span className="flex items-center gap-0.5">
        <Button
          size="icon-sm"
          variant="ghost"
          onClick={() => onPage(1)}
          disabled={pageNum <= 1}
          aria-label="First page"
        >
          <ChevronFirstIcon />
        </Button>
        <Button
          size="icon-sm"
          variant="ghost"
          onClick={() => onPage(pageNum - 1)}
          disabled={pageNum <= 1}
          aria-label="Previous page"
        >
          <ChevronLeftIcon />
        </Button>
        <span className="px-1 whitespace-nowrap" aria-live="polite">
          Page {pageNum} of {pageCount ?? '…'}
        </span>
        <Button
          size="icon-sm"
          variant="ghost"
          onClick={() => onPage(pageNum + 1)}
          disabled={!canNext}
          aria-label="Next page"
        >
          <ChevronRightIcon />
        </Button>
        <Button
          size="icon-sm"
          variant="ghost"
          onClick={() => pageCount && onPage(pageCount)}
          disabled={!canNext}
          aria-label="Last page"
        >
          <ChevronLastIcon />
        </Button>
      </span>
      <form
        className="flex items-center gap-1.5"
        onSubmit={(e) => {
          e.preventDefault()
          const target = Number(jump)
          if (Number.isInteger(target) && target >= 1) onPage(pageCount ? Math.min(target, pageCount) : target)
          setJump('')
        }}
      >
        <label className="flex items-center gap-1.5 whitespace-nowrap">
          Go to page
          <Input
            type="number"
            min={1}
            max={pageCount}
            value={jump}
            onChange={(e) => setJump(e.target.value)}
            className="h-7 w-16"
          />
        </label>
        <Button type="submit" size="sm">
          Go
        </Button>
      </form>
      <label className="flex items-center gap-1.5 whitespace-nowrap">
        Rows per page
        <NativeSelect value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} className="[&_select]:h-7">
          {[...new Set([...PAGE_SIZES, pageSize])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
        </NativeSelect>
      </label>
      <span className="ml-auto text-muted-foreground">
        {total === undefined ? '' : `${from}–${to} of ${plural(total, 'task')}`}
      </span>
    </nav>
  )
}
