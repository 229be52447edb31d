import { useSyncExternalStore } from 'react'

/**
 * What this browser saw go at Ark: a task it deleted there (or that Ark answered 404 for), or a
 * result file the host refused. Kept in localStorage, since Ark's own answer no longer says it.
 */
export interface GoneAtArk {
  /** Unix seconds when it was seen gone. */
  at: number
  why: 'deleted' | 'file-gone'
}

const KEY = 'ark3d:gone-at-ark'
type GoneMap = Readonly<Record<string, GoneAtArk>>

let cache: GoneMap | undefined
const listeners = new Set<() => void>()

function read(): GoneMap {
  if (cache) return cache
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    cache = parsed && typeof parsed === 'object' ? (parsed as GoneMap) : {}
  } catch {
    cache = {}
  }
  return cache
}

function publish(next: GoneMap) {
  cache = next
  try {
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch (error) {
    console.warn('ark3d: what went at Ark could not be saved:', error)
  }
  listeners.forEach((listener) => listener())
}

/** Records that these tasks (or their files) are gone at Ark; a deletion outranks a file seen gone. */
export function markGoneAtArk(ids: readonly string[], why: GoneAtArk['why'], at = Math.floor(Date.now() / 1000)) {
  const current = read()
  const next = { ...current }
  let changed = false
  for (const id of ids) {
    const known = current[id]
    if (known && (known.why === 'deleted' || why === 'file-gone')) continue
    next[id] = { at, why }
    changed = true
  }
  if (changed) publish(next)
}

export const goneAtArkStore = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => {
      if (event.key !== KEY) return
      cache = undefined
      listener()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  },
  get: read,
}

/** Every task this browser saw go at Ark, by ID. */
export const useGoneAtArk = (): GoneMap => useSyncExternalStore(goneAtArkStore.subscribe, goneAtArkStore.get)
