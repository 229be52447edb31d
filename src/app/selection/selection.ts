import { createContext, useCallback, useContext, useMemo, useState } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'

export interface Selection {
  /** Selected tasks by ID, as they were when selected: they may be on other pages. */
  tasks: ReadonlyMap<string, ArkTask>
  has: (id: string) => boolean
  toggle: (task: ArkTask, on: boolean) => void
  /** Selects or clears every task of a page. */
  setAll: (tasks: readonly ArkTask[], on: boolean) => void
  clear: () => void
  /** Select mode (on touch screens): a tap selects rather than opens, and every card shows its checkbox. */
  selecting: boolean
  setSelecting: (on: boolean) => void
}

export function useSelectionState(): Selection {
  const [tasks, setTasks] = useState<ReadonlyMap<string, ArkTask>>(new Map())
  const toggle = useCallback((task: ArkTask, on: boolean) => {
    setTasks((current) => {
      const next = new Map(current)
      if (on) next.set(task.id, task)
      else next.delete(task.id)
      return next
    })
  }, [])
  const setAll = useCallback((page: readonly ArkTask[], on: boolean) => {
    setTasks((current) => {
      const next = new Map(current)
      for (const task of page) {
        if (on) next.set(task.id, task)
        else next.delete(task.id)
      }
      return next
    })
  }, [])
  const clear = useCallback(() => setTasks(new Map()), [])
  const [selecting, setSelecting] = useState(false)
  return useMemo(
    () => ({ tasks, has: (id: string) => tasks.has(id), toggle, setAll, clear, selecting, setSelecting }),
    [tasks, toggle, setAll, clear, selecting],
  )
}

export const SelectionContext = createContext<Selection | undefined>(undefined)

export function useSelection(): Selection {
  const selection = useContext(SelectionContext)
  if (!selection) throw new Error('useSelection outside SelectionContext')
  return selection
}
