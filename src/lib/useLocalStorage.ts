import { useCallback, useState } from 'react'

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key)
    return raw === null ? fallback : (JSON.parse(raw) as T)
  } catch {
    return fallback
  }
}

/** A preference kept in localStorage under `ark3d:<key>`; unreadable or missing values give the fallback. */
export function useLocalStorage<T>(key: string, fallback: T) {
  const storageKey = `ark3d:${key}`
  const [value, setValue] = useState<T>(() => read(storageKey, fallback))
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next
        try {
          localStorage.setItem(storageKey, JSON.stringify(resolved))
        } catch {
          // Storage full or disabled: the preference lasts for this session only.
        }
        return resolved
      })
    },
    [storageKey],
  )
  return [value, update] as const
}
