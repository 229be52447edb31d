import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

/** A short fact in a pill: its colour comes from the caller (`text-*`), the border follows it. */
export function Badge({ className, ...props }: ComponentProps<'span'>) {
  return (
    <span
      data-slot="badge"
      className={cn(
        'inline-flex items-center gap-1 rounded-full border border-current px-2 text-[12.5px] whitespace-nowrap',
        className,
      )}
      {...props}
    />
  )
}
