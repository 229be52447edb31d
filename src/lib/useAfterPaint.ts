import { useEffect, useState } from 'react'
import { afterNextPaint } from './afterNextPaint.ts'

/**
 * `value` as it was at the last paint: a new value is returned once the frame that first showed
 * it has been painted. For what only adds to a view (counts, actions), so it follows the view's
 * own update by a frame instead of delaying it.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value)
  useEffect(() => {
    if (Object.is(painted, value)) return
    return afterNextPaint(() => setPainted(value))
  }, [value, painted])
  return painted
}
