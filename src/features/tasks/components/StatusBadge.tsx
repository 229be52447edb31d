import { Badge } from '../../../components/ui/badge.tsx'
import { statusLook, TONE_TEXT } from '../taskStatuses.ts'

export function StatusBadge({ status }: { status: string }) {
  const look = statusLook(status)
  return (
    <Badge className={TONE_TEXT[look.tone]} data-status={status}>
      <span aria-hidden="true">{look.icon}</span> {look.label}
    </Badge>
  )
}
