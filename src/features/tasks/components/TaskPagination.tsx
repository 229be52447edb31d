import { plural } from '../../../lib/plural.ts'
import { useState } from 'react'

interface Props {
  pageNum: number
  pageSize: number
  total: number | undefined
  onPage: (pageNum: number) => void
  loading: boolean
}

export function TaskPagination({ pageNum, pageSize, total, onPage, loading }: Props) {
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize))
  const [jump, setJump] = useState('')
  const canNext = pageCount !== undefined && pageNum < pageCount && !loading
  const from = total ? (pageNum - 1) * pageSize + 1 : 0
  const to = total ? Math.min(total, pageNum * pageSize) : 0
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" onClick={() => onPage(1)} disabled={pageNum <= 1} aria-label="First page">
        «
      </button>
      <button type="button" onClick={() => onPage(pageNum - 1)} disabled={pageNum <= 1} aria-label="Previous page">
        ‹
      </button>
      <span className="page-of" aria-live="polite">
        Page {pageNum} of {pageCount ?? '…'}
      </span>
      <button type="button" onClick={() => onPage(pageNum + 1)} disabled={!canNext} aria-label="Next page">
        ›
      </button>
      <button type="button" onClick={() => pageCount && onPage(pageCount)} disabled={!canNext} aria-label="Last page">
        »
      </button>
      <form
        className="jump"
        onSubmit={(e) => {
          e.preventDefault()
          const target = Number(jump)
          if (Number.isInteger(target) && target >= 1) onPage(pageCount ? Math.min(target, pageCount) : target)
          setJump('')
        }}
      >
        <label>
          Go to page{' '}
          <input
            type="number"
            min={1}
            max={pageCount}
            value={jump}
            onChange={(e) => setJump(e.target.value)}
            className="jump-input"
          />
        </label>
        <button type="submit">Go</button>
      </form>
      <span className="muted total">{total === undefined ? '' : `${from}–${to} of ${plural(total, 'task')}`}</span>
    </nav>
  )
}
