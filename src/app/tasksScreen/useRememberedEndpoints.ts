import { useEffect } from 'react'
import { useLocalStorage } from '../../lib/useLocalStorage.ts'
import { storedValue, useStoredValue } from '../../lib/storedValue.ts'

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

const isLabels = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')

/** The names the user gave endpoint IDs ("Seed3D 2.0 prod"), by ID. */
export const endpointLabels = storedValue<Record<string, string>>('endpointLabels', {}, isLabels)

export function useEndpointLabels() {
  const labels = useStoredValue(endpointLabels)
  const setLabel = (endpoint: string, label: string) =>
    endpointLabels.set((current) => {
      const next = { ...current }
      if (label.trim()) next[endpoint] = label.trim().slice(0, 80)
      else delete next[endpoint]
      return next
    })
  return { labels, setLabel }
}
