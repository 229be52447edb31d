/**
 * How each status looks: an icon and a word always (colour is never the only cue), plus a tone
 * the stylesheet maps to colours from a colour-blind-safe palette.
 */
export interface StatusLook {
  label: string
  icon: string
  tone: 'waiting' | 'active' | 'good' | 'bad' | 'neutral'
}

export const STATUS_LOOKS: Record<string, StatusLook> = {
  queued: { label: 'Queued', icon: '◷', tone: 'waiting' },
  running: { label: 'Running', icon: '▶', tone: 'active' },
  succeeded: { label: 'Succeeded', icon: '✓', tone: 'good' },
  failed: { label: 'Failed', icon: '✕', tone: 'bad' },
  cancelled: { label: 'Cancelled', icon: '⊘', tone: 'neutral' },
  expired: { label: 'Expired', icon: '⌛', tone: 'neutral' },
}

export function statusLook(status: string): StatusLook {
  return STATUS_LOOKS[status] ?? { label: status, icon: '?', tone: 'neutral' }
}

export const isInFlight = (status: string) => status === 'queued' || status === 'running'

/** Each tone's text colour (Okabe–Ito hues: told apart with the common colour-vision deficiencies). */
export const TONE_TEXT: Record<StatusLook['tone'], string> = {
  waiting: 'text-(--waiting)',
  active: 'text-(--active)',
  good: 'text-(--good)',
  bad: 'text-(--bad)',
  neutral: 'text-muted-foreground',
}
