import { useSyncExternalStore } from 'react'

/**
 * A value kept in localStorage under `ark3d:<key>`, one per key for the whole page: every reader
 * (React or not) sees the same value, a write reaches them all at once, and a write in another tab
 * arrives through the storage event. Unreadable or invalid stored values give the fallback; a
 * storage that refuses the write keeps the value for this tab.
 */
export interface StoredValue<T> {
  get: () => T
  set: (next: T | ((previous: T) => T)) => void
  subscribe: (listener: () => void) => () => void
}

const stores = new Map<string, StoredValue<unknown>>()

export function storedValue<T>(key: string, fallback: T, isValid: (value: unknown) => boolean = () => true) {
  const existing = stores.get(key)
  if (existing) return existing as StoredValue<T>
  const storageKey = `ark3d:${key}`
  const listeners = new Set<() => void>()
  let cached: { value: T } | undefined
  const read = (): T => {
    try {
      const raw = globalThis.localStorage?.getItem(storageKey)
      if (raw === null || raw === undefined) return fallback
      const parsed: unknown = JSON.parse(raw)
      return isValid(parsed) ? (parsed as T) : fallback
    } catch {
      return fallback
    }
  }
  const store: StoredValue<T> = {
    get: () => (cached ??= { value: read() }).value,
    set: (next) => {
      const value = typeof next === 'function' ? (next as (p: T) => T)(store.get()) : next
      cached = { value }
      try {
        localStorage.setItem(storageKey, JSON.stringify(value))
      } catch {
        // Storage full or disabled: the value lasts for this tab.
      }
      listeners.forEach((listener) => listener())
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== storageKey) return
        cached = undefined
        listener()
      }
      listeners.add(listener)
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },
  }
  stores.set(key, store as StoredValue<unknown>)
  return store
}

/** A stored value in React: every component that reads the same key shows the same value. */
export function useStoredValue<T>(store: StoredValue<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
