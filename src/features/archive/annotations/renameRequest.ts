/** Asks a task's name to start renaming (the `r` key, a card's menu); the name that answers listens. */
export const RENAME_EVENT = 'ark3d:rename'

/** A request made before its name field was drawn (the detail loads on demand) waits this long for it. */
const PENDING_MS = 5_000
let pending: { taskId: string; at: number } | undefined

export function requestRename(taskId: string) {
  pending = { taskId, at: Date.now() }
  window.dispatchEvent(new CustomEvent(RENAME_EVENT, { detail: taskId }))
}

/** True once for a request for `taskId` that is still waiting; the request is then answered. */
export function takeRenameRequest(taskId: string): boolean {
  if (!pending || pending.taskId !== taskId || Date.now() - pending.at > PENDING_MS) return false
  pending = undefined
  return true
}
