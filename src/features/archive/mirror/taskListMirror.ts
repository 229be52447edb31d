import { useSyncExternalStore } from 'react'
import { fetchTaskPage, type ServerInfo } from '../../../api/arkClient.ts'
import { LIST_WINDOW_SECONDS } from '../../../api/taskFacts.ts'
import { sleep } from '../../../lib/sleep.ts'
import { tunable } from '../../../lib/tunable.ts'
import { archiveDb } from '../db/archiveDb.ts'
import { archiveDbName } from '../db/archiveScope.ts'
import { recordAndKeep } from '../recorder.ts'
import { runMirror, type MirrorDeps, type MirrorState } from './mirrorTaskList.ts'

let state: MirrorState | undefined
const listeners = new Set<() => void>()

async function unfinishedIds(): Promise<string[]> {
  const db = await archiveDb()
  const since = Date.now() / 1000 - LIST_WINDOW_SECONDS
  const ids: string[] = []
  for (const status of ['queued', 'running']) {
    const range = IDBKeyRange.bound([status, since, ''], [status, Infinity, '\uffff'])
    for (const key of await db.getAllKeysFromIndex('tasks', 'byStatus', range)) ids.push(key)
  }
  return ids
}

const deps = (): MirrorDeps => ({
  fetchPage: fetchTaskPage,
  record: (tasks) => recordAndKeep(tasks, undefined),
  unfinishedIds,
  wait: sleep,
  now: () => Date.now(),
  gapMs: tunable('mirrorGapMs', 1_000),
  refreshMs: tunable('mirrorRefreshMs', 60_000),
})

/** On unless the server or this browser (`localStorage["ark3d:mirror"]`, "on" or "off") says otherwise. */
export function mirrorWanted(info: ServerInfo | undefined): boolean {
  const local = globalThis.localStorage?.getItem('ark3d:mirror')
  return local === 'on' || (local !== 'off' && info?.browserMirror !== false)
}

/**
 * Mirrors Ark's list into the library while the dashboard is open. One tab at a time does it
 * (a Web Lock); the others wait their turn and take over when it closes.
 */
export function startTaskListMirror(): () => void {
  const controller = new AbortController()
  const report = (next: MirrorState) => {
    state = next
    listeners.forEach((listener) => listener())
  }
  const run = () => runMirror(deps(), controller.signal, report)
  const locks = globalThis.navigator?.locks
  const running = locks ? locks.request(`ark3d-mirror:${archiveDbName()}`, { signal: controller.signal }, run) : run()
  running.catch((error: unknown) => {
    if (!controller.signal.aborted) console.warn('ark3d: the list mirror stopped:', error)
  })
  return () => controller.abort()
}

export function useMirrorState(): MirrorState | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state,
  )
}
