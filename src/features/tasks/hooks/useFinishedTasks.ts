import { useEffect, useRef, useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { isInFlight, statusLook } from '../taskStatuses.ts'

const HIGHLIGHT_MS = 20_000

/**
 * Tasks seen queued or running that are now finished: highlighted for a while and, when the user
 * asked for it, announced with a browser notification.
 */
export function useFinishedTasks(tasks: ArkTask[] | undefined, notify: boolean) {
  const lastStatus = useRef(new Map<string, string>())
  const [finished, setFinished] = useState<ReadonlySet<string>>(new Set())

  useEffect(() => {
    if (!tasks) return
    const newlyFinished: ArkTask[] = []
    for (const task of tasks) {
      const before = lastStatus.current.get(task.id)
      if (before && isInFlight(before) && !isInFlight(task.status)) newlyFinished.push(task)
      lastStatus.current.set(task.id, task.status)
    }
    if (newlyFinished.length === 0) return
    const ids = newlyFinished.map((t) => t.id)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- derived from a change between two fetches
    setFinished((current) => new Set([...current, ...ids]))
    setTimeout(() => setFinished((current) => new Set([...current].filter((id) => !ids.includes(id)))), HIGHLIGHT_MS)
    if (notify && 'Notification' in window && Notification.permission === 'granted') {
      for (const task of newlyFinished)
        new Notification(`Task ${statusLook(task.status).label.toLowerCase()}`, { body: task.id, tag: task.id })
    }
  }, [tasks, notify])

  return finished
}
