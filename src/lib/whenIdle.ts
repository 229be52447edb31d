/**
 * Runs `task` when the page is idle (at the latest after `timeoutMs`); returns a cancel. Where the
 * browser has no requestIdleCallback (Safari), after 200 ms: a frame or two has passed.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(task, 200)
  return () => clearTimeout(handle)
}

/** Resolves when the page is idle, at the latest after `timeoutMs`. */
export const untilIdle = (timeoutMs: number) => new Promise<void>((resolve) => whenIdle(resolve, timeoutMs))
