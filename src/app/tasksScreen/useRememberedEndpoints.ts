import { useEffect } from 'react'
import { useLocalStorage } from '../../lib/useLocalStorage.ts'

const MAX_REMEMBERED_ENDPOINTS = 20

/** The endpoint IDs this browser has filtered by, newest first: one writer, on each new filter. */
export function useRememberedEndpoints(current: string | undefined): string[] {
  const [known, setKnown] = useLocalStorage<string[]>('endpoints', [])
  useEffect(() => {
    if (current)
      setKnown((list) =>
        list[0] === current ? list : [current, ...list.filter((e) => e !== current)].slice(0, MAX_REMEMBERED_ENDPOINTS),
      )
  }, [current, setKnown])
  return known
}
