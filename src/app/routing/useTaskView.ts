import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { parseTaskView, serializeTaskView, type TaskView } from './urlState.ts'

const NAVIGATED = 'ark3d:navigated'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATED, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATED, onChange)
  }
}

function go(view: TaskView, replace: boolean) {
  const url = `${location.pathname}${serializeTaskView(view)}${location.hash}`
  if (url === `${location.pathname}${location.search}${location.hash}`) return
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATED))
}

/**
 * The list view lives in the address bar, so reload, back/forward and a pasted link restore it.
 * Invalid values are replaced in the address and reported in `corrections`, never sent to Ark.
 */
export function useTaskView() {
  const search = useSyncExternalStore(subscribe, () => location.search)
  const parsed = useMemo(() => parseTaskView(search), [search])
  const [corrections, setCorrections] = useState<string[]>([])

  useEffect(() => {
    if (parsed.corrections.length === 0) return
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the note outlives the corrected address
    setCorrections(parsed.corrections)
    go(parsed.view, true)
  }, [parsed])

  const navigate = useCallback(
    (next: TaskView, options: { replace?: boolean } = {}) => go(next, options.replace ?? false),
    [],
  )
  return { view: parsed.view, corrections, dismissCorrections: () => setCorrections([]), navigate }
}
