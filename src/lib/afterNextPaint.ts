/**
 * Runs `task` once the next frame has been painted (a task queued from that frame's animation
 * callback runs after its paint); returns a cancel. For work the first picture does not need.
 */
export function afterNextPaint(task: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => (timeout = setTimeout(task, 0)))
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timeout)
  }
}
