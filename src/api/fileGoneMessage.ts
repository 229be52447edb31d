import { formatDuration } from '../lib/formatTime.ts'

/**
 * Why the file host refused a result file (403, 404 or 410), told from what the page knows: Ark
 * deletes a result 24 h after the task finished, so only past that point is the cleanup the cause.
 * `expiresAt` (unix seconds) is unknown for tasks that never had a dated file, such as a video task
 * whose file was never there.
 */
export function fileGoneMessage(status: number, expiresAt: number | undefined, nowSeconds = Date.now() / 1000): string {
  if (expiresAt !== undefined && nowSeconds >= expiresAt) {
    const answered = status === 403 ? 'refused the file (403)' : `has no such file (${status})`
    return `The file host ${answered}: Ark deletes results 24 hours after the task finished, and this one's time ran out ${formatDuration(nowSeconds - expiresAt)} ago.`
  }
  if (expiresAt !== undefined) {
    const left = `${formatDuration(expiresAt - nowSeconds)} of its 24 hours are left`
    return status === 403
      ? `The file host refused the file (403) although ${left}: Ark removed the file early, or the signed link was revoked.`
      : `The file host has no such file (${status}) although ${left}: it was never stored there, was removed early, or the link is wrong.`
  }
  return status === 403
    ? 'The file host refused the file (403): the signed link is no longer valid, or the file was removed.'
    : `The file host has no such file (${status}): it was never stored there, was removed, or the link is wrong.`
}
