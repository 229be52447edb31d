import { archiveDbName } from './archiveScope.ts'

/* Tells every open tab (and this one) that the archive changed, so its views read it again. */

type Listener = () => void

const listeners = new Set<Listener>()
let channel: BroadcastChannel | undefined

/** Opened on first use, when the archive's scope is known: tabs on another Ark are not told. */
function tabs(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(archiveDbName())
    channel.addEventListener('message', () => listeners.forEach((listener) => listener()))
  }
  return channel
}

export function announceArchiveChange() {
  listeners.forEach((listener) => listener())
  tabs()?.postMessage('changed')
}

export function onArchiveChange(listener: Listener): () => void {
  tabs()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
