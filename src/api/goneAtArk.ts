import { storedValue, useStoredValue } from '../lib/storedValue.ts'

/**
 * What this browser saw go at Ark: a task it deleted there, or a
 * result file the host refused. Kept in localStorage, since Ark's own answer no longer says it.
 */
export interface GoneAtArk {
  /** Unix seconds when it was seen gone. */
  at: number
  why: 'deleted' | 'file-gone'
}

type GoneMap = Readonly<Record<string, GoneAtArk>>

const gone = storedValue<GoneMap>('gone-at-ark', {}, (value) => Boolean(value) && typeof value === 'object')

/** Records that these tasks (or their files) are gone at Ark; a deletion outranks a file seen gone. */
export function markGoneAtArk(ids: readonly string[], why: GoneAtArk['why'], at = Math.floor(Date.now() / 1000)) {
  const current = gone.get()
  const next = { ...current }
  let changed = false
  for (const id of ids) {
    const known = current[id]
    if (known && (known.why === 'deleted' || why === 'file-gone')) continue
    next[id] = { at, why }
    changed = true
  }
  if (changed) gone.set(next)
}

/** Every task this browser saw go at Ark, by ID. */
export const useGoneAtArk = (): GoneMap => useStoredValue(gone)

/** What this browser saw go at Ark, read outside React. */
export const goneAtArkNow = (): GoneMap => gone.get()
