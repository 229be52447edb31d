import type { TotalSize } from '../../api/resultSizeQuery.ts'
import { formatBytes } from '../../lib/formatBytes.ts'

/**
 * The size sentence of a confirm: "Finding out…" until asked, `whole(bytes)` when every file's size
 * is known, else how many the file host did not tell.
 */
export function totalSizeSentence(
  total: TotalSize | undefined,
  count: number,
  whole: (size: string) => string,
): string {
  if (total === undefined) return 'Finding out their size…'
  if (total.known === count) return whole(formatBytes(total.bytes))
  return `${formatBytes(total.bytes)} for ${total.known} of them; the file host did not say for the rest.`
}
