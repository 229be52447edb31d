const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
]

/** "3 minutes ago", "in 2 hours". */
export function formatRelative(unixSeconds: number, nowMs = Date.now()): string {
  const delta = unixSeconds - nowMs / 1000
  for (const [unit, seconds] of UNITS) {
    if (Math.abs(delta) >= seconds || unit === 'second') return relative.format(Math.round(delta / seconds), unit)
  }
  return ''
}

// Built once: toLocaleString with options builds a new formatter on every call, which dominated row rendering.
const localDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })

export function formatLocal(unixSeconds: number): string {
  return localDateTime.format(unixSeconds * 1000)
}

export function formatUtc(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} UTC`
}

/** "4 min 12 s", "2 h 5 min", "38 s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
}

/** A time today as the user reads a clock: "14:03:02". */
export function formatClock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}
