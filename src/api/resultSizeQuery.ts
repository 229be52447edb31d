import { queryOptions, useQueries } from '@tanstack/react-query'
import type { ArkTask } from './arkTask.ts'
import { probeResultSize } from './resultFile.ts'

/** A result file's size, asked of the file host for its first byte; null when the host did not say. */
export const resultSizeQuery = (task: Pick<ArkTask, 'id' | 'fileUrl'>) =>
  queryOptions({
    queryKey: ['result-size', task.id, task.fileUrl] as const,
    queryFn: async ({ signal }) => (await probeResultSize(task.fileUrl!, signal)) ?? null,
    staleTime: Infinity,
    retry: false,
  })

export interface TotalSize {
  bytes: number
  /** How many of the files' sizes are known. */
  known: number
}

/** The total size of these results, asked only while `enabled`; undefined until every answer is in. */
export function useTotalResultSize(tasks: readonly ArkTask[], enabled: boolean): TotalSize | undefined {
  return useQueries({
    queries: tasks.map((task) => ({ ...resultSizeQuery(task), enabled })),
    combine: (results) => {
      if (results.some((result) => result.data === undefined)) return undefined
      const sizes = results.map((result) => result.data).filter((size): size is number => typeof size === 'number')
      return { bytes: sizes.reduce((sum, size) => sum + size, 0), known: sizes.length }
    },
  })
}
