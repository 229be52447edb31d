import { useNow } from '../lib/useNow.ts'
import { formatLocal, formatRelative, formatUtc } from '../lib/formatTime.ts'

/** A relative time, with the exact local and UTC time on hover. */
export function TimeText({ seconds }: { seconds: number | undefined }) {
  const nowMs = useNow()
  if (seconds === undefined) return <span className="text-muted-foreground">—</span>
  return (
    <time dateTime={new Date(seconds * 1000).toISOString()} title={`${formatLocal(seconds)}\n${formatUtc(seconds)}`}>
      {formatRelative(seconds, nowMs)}
    </time>
  )
}
