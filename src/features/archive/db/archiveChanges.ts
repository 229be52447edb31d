import { archiveDbName } from './archiveScope.ts'

/* Tells every open tab (and this one) that the archive changed, so its views read it again. */

/** The tasks whose records, files, pictures or annotations changed; undefined when it may be any. */
type Listener = (taskIds: readonly string[] | undefined) => void

const listeners = new Set<Listener>()
let channel: BroadcastChannel | undefined

/** Opened on first use, when the archive's scope is known: tabs on another Ark are not told. */
function tabs(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(archiveDbName())
    channel.addEventListener('message', (event: MessageEvent<{ taskIds?: string[] } | undefined>) =>
      listeners.forEach((listener) => listener(event.data?.taskIds)),
    )
  }
  return channel
}

/** `taskIds`: what changed, when the writer knows; a reader may then read only those again. */
export function announceArchiveChange(taskIds?: readonly string[]) {
  listeners.forEach((listener) => listener(taskIds))
  tabs()?.postMessage({ taskIds })
}

export function onArchiveChange(listener: Listener): () => void {
  tabs()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
