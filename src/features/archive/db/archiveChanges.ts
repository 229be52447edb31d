/** Tells every open tab (and this one) that the archive changed, so its views read it again. */
type Listener = () => void

const listeners = new Set<Listener>()
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('ark3d-archive')
channel?.addEventListener('message', () => listeners.forEach((listener) => listener()))

export function announceArchiveChange() {
  listeners.forEach((listener) => listener())
  channel?.postMessage('changed')
}

export function onArchiveChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
