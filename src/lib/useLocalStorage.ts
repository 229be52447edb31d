import { storedValue, useStoredValue } from './storedValue.ts'

/** A preference kept in localStorage under `ark3d:<key>`, shared by every view that reads it. */
export function useLocalStorage<T>(key: string, fallback: T) {
  const store = storedValue(key, fallback)
  return [useStoredValue(store), store.set] as const
}
