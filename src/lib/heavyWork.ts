import { useEffect } from 'react'

/**
 * Work a user is waiting on that wants the machine to itself: a model's download, unpacking and
 * first frame. Background jobs that can wait (the offline shell's install stores every built file)
 * start once none is running.
 */
let running = 0
const waiting = new Set<() => void>()

export function beginHeavyWork(): () => void {
  running++
  let ended = false
  return () => {
    if (ended) return
    ended = true
    running--
    // Looked at a task later: one piece of work often hands over to the next in the same commit.
    if (running === 0) setTimeout(runWaiting, 0)
  }
}

function runWaiting() {
  if (running > 0) return
  for (const task of [...waiting]) task()
}

/** Runs `task` when no heavy work is running, or after `maxWaitMs` whatever runs. */
export function whenNoHeavyWork(task: () => void, maxWaitMs: number): void {
  if (running === 0) return task()
  const once = () => {
    if (!waiting.delete(once)) return
    clearTimeout(timer)
    task()
  }
  const timer = setTimeout(once, maxWaitMs)
  waiting.add(once)
}

/** Heavy work while `active`: from when it turns true until it turns false or the component goes. */
export function useHeavyWork(active: boolean): void {
  useEffect(() => (active ? beginHeavyWork() : undefined), [active])
}
