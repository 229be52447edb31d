/**
 * The result files this page has downloaded, by task, so a Download, Keep or thumbnail after a
 * preview uses the same bytes instead of fetching them from Ark again. A few at most: a zip can be
 * 60 MB, and a saved copy in IndexedDB serves everything older.
 */
const MAX_HELD = 3
const held = new Map<string, Blob>()

export function holdResultFile(taskId: string, blob: Blob) {
  held.delete(taskId)
  held.set(taskId, blob)
  while (held.size > MAX_HELD) held.delete(held.keys().next().value!)
}

export function heldResultFile(taskId: string): Blob | undefined {
  const blob = held.get(taskId)
  if (blob) holdResultFile(taskId, blob)
  return blob
}

/** Drops a held file, when the user removes this browser's copy of it. */
export function forgetResultFile(taskId: string) {
  held.delete(taskId)
}
