import { statusLook } from '../taskStatuses.ts'

export function StatusBadge({ status }: { status: string }) {
  const look = statusLook(status)
  return (
    <span className={`status-badge tone-${look.tone}`} data-status={status}>
      <span aria-hidden="true">{look.icon}</span> {look.label}
    </span>
  )
}
