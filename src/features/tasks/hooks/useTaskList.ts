import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { taskListQuery } from '../../../api/taskQueries.ts'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { isInFlight } from '../taskStatuses.ts'
import { isFromEarlierVisit } from '../../../lib/fromEarlierVisit.ts'
import { whenIdle } from '../../../lib/whenIdle.ts'

export const LIVE_REFRESH_MS = 4_000

/** The current page, refetched every few seconds while a queued or running task is on it. */
export function useTaskList(params: TaskListParams, enabled = true) {
  const queryClient = useQueryClient()
  const list = useQuery({
    ...taskListQuery(params),
    enabled,
    refetchInterval: (query) =>
      query.state.data?.items.some((task) => isInFlight(task.status)) ? LIVE_REFRESH_MS : false,
  })

  // A list saved on an earlier visit is shown at once, and Ark is asked for the current one. The
  // mount refetch usually does that; this also covers a restore that lands after the mount.
  const fromEarlierVisit = list.data !== undefined && isFromEarlierVisit(list.dataUpdatedAt)
  const { isFetching, isError, refetch } = list
  useEffect(() => {
    if (enabled && fromEarlierVisit && !isFetching && !isError) void refetch({ cancelRefetch: false })
  }, [enabled, fromEarlierVisit, isFetching, isError, refetch])

  const total = list.data?.total
  const showingThisPage = list.data !== undefined && !list.isPlaceholderData
  useEffect(() => {
    if (!enabled || !showingThisPage || total === undefined) return
    if (params.pageNum * params.pageSize >= total) return
    // At idle: its answer would otherwise be read while this page is still being drawn.
    return whenIdle(
      () => void queryClient.prefetchQuery(taskListQuery({ ...params, pageNum: params.pageNum + 1 })),
      1_000,
    )
  }, [enabled, showingThisPage, total, params, queryClient])

  // The previous filter's rows stand in only while this filter's answer is on its way. Once that
  // answer fails or waits for the network, showing them would pass another filter's rows off as this one's.
  const noAnswerForThisFilter =
    list.isPlaceholderData && (list.isError || list.failureCount > 0 || list.fetchStatus === 'paused')
  return noAnswerForThisFilter ? withoutPlaceholder(list) : list
}

function withoutPlaceholder<T extends { data: unknown; isPlaceholderData: boolean }>(list: T): T {
  // Only while no answer for this filter came: observing every field then costs nothing that matters.
  // eslint-disable-next-line @tanstack/query/no-rest-destructuring
  return { ...list, data: undefined, isPlaceholderData: false, dataUpdatedAt: 0 }
}
