/** Auto-keep, read outside React by the recorder: on, and since when (only results that finish later are "new"). */
export interface AutoKeepSetting {
  on: boolean
  since: number
}

const KEY = 'ark3d:autoKeep'
const listeners = new Set<() => void>()
let cached: AutoKeepSetting | undefined

export function autoKeepSetting(): AutoKeepSetting {
  if (cached) return cached
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as AutoKeepSetting | null
    cached = parsed && typeof parsed.on === 'boolean' && typeof parsed.since === 'number' ? parsed : undefined
  } catch {
    cached = undefined
  }
  cached ??= { on: false, since: 0 }
  return cached
}

export function setAutoKeep(on: boolean) {
  cached = { on, since: on ? Date.now() : 0 }
  try {
    localStorage.setItem(KEY, JSON.stringify(cached))
  } catch {
    // Storage unavailable: the setting lasts for this tab.
  }
  listeners.forEach((listener) => listener())
}

export function subscribeAutoKeep(listener: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return
    cached = undefined
    listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}
