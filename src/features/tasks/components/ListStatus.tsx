import { Button } from '../../../components/ui/button.tsx'
import type { UseQueryResult } from '@tanstack/react-query'
import { ArkApiError, isLocalServerError, NetworkError, MalformedResponseError } from '../../../api/arkErrors.ts'
import type { ArkTaskPage } from '../../../api/arkTask.ts'
import { MAX_RETRIES } from '../../../api/taskQueries.ts'
import { formatDuration, formatLocal } from '../../../lib/formatTime.ts'
import { isFromEarlierVisit } from '../../../lib/fromEarlierVisit.ts'
import { useNow } from '../../../lib/useNow.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

const MAX_ATTEMPTS = MAX_RETRIES + 1

function describe(error: unknown): string {
  if (isLocalServerError(error)) return error.message.replace(/\.$/, '')
  if (error instanceof ArkApiError) return `Ark answered ${error.status} (${error.code})`
  if (error instanceof NetworkError) return `the server cannot be reached (${error.message})`
  if (error instanceof MalformedResponseError) return "Ark's answer could not be read"
  return errorMessage(error)
}

/** When the answer on screen was last current: the time of the last successful answer for this query. */
const staleSince = (dataUpdatedAt: number) =>
  dataUpdatedAt > 0 ? `Stale since ${formatLocal(Math.floor(dataUpdatedAt / 1000))}` : 'Stale'

/** Freshness of what is on screen: last update, refresh, retries in progress, stale data. */
export function ListStatus({ list, live }: { list: UseQueryResult<ArkTaskPage, unknown>; live: boolean }) {
  const now = useNow()
  const updatedAgo = list.dataUpdatedAt ? Math.max(0, Math.round((now - list.dataUpdatedAt) / 1000)) : undefined
  const retrying = list.isFetching && list.failureCount > 0
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        onClick={() => void list.refetch({ cancelRefetch: false })}
        disabled={list.isFetching}
        aria-label="Refresh"
      >
        ↻ Refresh
      </Button>
      <span className="text-muted-foreground" aria-live="polite">
        {list.isFetching && !retrying ? 'Updating…' : updatedAgo !== undefined ? `Updated ${updatedAgo} s ago` : ''}
      </span>
      {live && (
        <span
          className="text-[12px] text-(--active)"
          title="Refreshing every few seconds while tasks are queued or running"
        >
          ● live
        </span>
      )}
      {list.data && isFromEarlierVisit(list.dataUpdatedAt) && (
        <span role="status" className="text-muted-foreground italic" aria-label="Cached list">
          Cached: this list was saved by this browser {formatDuration(updatedAgo ?? 0)} ago
          {list.isFetching ? '; asking Ark for the current one…' : ''}
        </span>
      )}
      {retrying && (
        <span role="status" className="rounded-sm bg-(--warn-bg) px-2 py-0.5 text-(--warn-fg)" data-note="retry">
          {describe(list.failureReason)}; retrying (attempt {list.failureCount + 1} of {MAX_ATTEMPTS})…
        </span>
      )}
      {list.data && list.fetchStatus === 'paused' && (
        <span role="status" className="rounded-sm bg-(--warn-bg) px-2 py-0.5 text-(--warn-fg)" data-note="stale">
          {staleSince(list.dataUpdatedAt)}: this browser is offline. Showing the last answer for these filters; the list
          refreshes when the network is back.
        </span>
      )}
      {list.data && list.fetchStatus !== 'paused' && (list.isError || list.failureCount > 0) && (
        <span role="status" className="rounded-sm bg-(--warn-bg) px-2 py-0.5 text-(--warn-fg)" data-note="stale">
          {staleSince(list.dataUpdatedAt)}: {describe(list.error ?? list.failureReason)}. Showing the last answer for
          these filters{list.isFetching ? '' : '; Refresh tries again'}.
        </span>
      )}
      {!list.data && list.fetchStatus === 'paused' && (
        <span role="status" className="rounded-sm bg-(--warn-bg) px-2 py-0.5 text-(--warn-fg)" data-note="stale">
          This browser is offline, and no answer for these filters is kept here. The list loads when the network is
          back.
        </span>
      )}
    </div>
  )
}
