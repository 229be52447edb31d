import { useEffect, useState } from 'react'
import type { ArkTask } from './arkTask.ts'
import { formatBytes } from '../lib/formatBytes.ts'
import { probeResultSize } from './resultFile.ts'

/** The total size of these results, asked of the file host a first byte at a time; undefined until known. */
export function useTotalResultSize(tasks: readonly ArkTask[], open: boolean) {
  const [total, setTotal] = useState<{ bytes: number; known: number }>()
  // The same tasks come as a new array on every render: ask again only when they change.
  const ids = tasks.map((task) => task.id).join(' ')
  useEffect(() => {
    if (!open) return
    const abort = new AbortController()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new question starts unanswered
    setTotal(undefined)
    void Promise.all(tasks.map((task) => probeResultSize(task.fileUrl!, abort.signal))).then((sizes) => {
      if (abort.signal.aborted) return
      const known = sizes.filter((size): size is number => size !== undefined)
      setTotal({ bytes: known.reduce((sum, size) => sum + size, 0), known: known.length })
    })
    return () => abort.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the task IDs, see above
  }, [ids, open])
  return total
}

/**
 * The size sentence of a confirm: "Finding out…" until asked, `whole(bytes)` when every file's size
 * is known, else how many the file host did not tell.
 */
export function totalSizeSentence(
  total: { bytes: number; known: number } | undefined,
  count: number,
  whole: (size: string) => string,
): string {
  if (total === undefined) return 'Finding out their size…'
  if (total.known === count) return whole(formatBytes(total.bytes))
  return `${formatBytes(total.bytes)} for ${total.known} of them; the file host did not say for the rest.`
}
