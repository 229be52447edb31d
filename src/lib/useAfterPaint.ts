import { useEffect, useState } from 'react'
import { afterNextPaint } from './afterNextPaint.ts'

/**
 * `value` once a frame that showed it has been painted; until then the one before (undefined at
 * first). For what only adds to a view (counts, actions, a scroll margin), so it follows the
 * view's own update by a frame instead of delaying it.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [painted, setPainted] = useState<T>()
  useEffect(() => {
    if (Object.is(painted, value)) return
    return afterNextPaint(() => setPainted(() => value))
  }, [value, painted])
  return painted
}
