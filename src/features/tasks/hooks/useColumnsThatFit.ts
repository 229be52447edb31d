import { useCallback, useMemo, useState } from 'react'
import type { ColumnVisibilityState } from '@tanstack/react-table'

/** The columns a narrow list gives up first; the checkbox, picture, name, ID, status and Saved always stay. */
export const DROP_ORDER = [
  'kind',
  'updatedAt',
  'runTime',
  'totalTokens',
  'createdAt',
  'fileFormat',
  'model',
  'error',
  'file',
]

/**
 * The user's column choice, less what does not fit: the table reports that it is too wide (one
 * more column goes, by `DROP_ORDER`) or that it has room again (all come back, and go again as needed).
 */
export function useColumnsThatFit(chosen: ColumnVisibilityState) {
  const [dropped, setDropped] = useState<string[]>([])
  const visibility = useMemo(
    () => ({ ...chosen, ...Object.fromEntries(dropped.map((id) => [id, false])) }),
    [chosen, dropped],
  )
  const tooWide = useCallback(
    () =>
      setDropped((current) => {
        const next = DROP_ORDER.find((id) => !current.includes(id) && chosen[id] !== false)
        return next ? [...current, next] : current
      }),
    [chosen],
  )
  const room = useCallback(() => setDropped((current) => (current.length ? [] : current)), [])
  return { visibility, dropped, tooWide, room }
}
