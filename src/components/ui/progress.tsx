import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

/** The browser's progress bar (role progressbar, value and max read by screen readers), drawn to the design. */
export function Progress({ className, ...props }: ComponentProps<'progress'>) {
  return (
    <progress
      data-slot="progress"
      className={cn(
        'h-2 w-32 appearance-none overflow-hidden rounded-full border-0 bg-muted align-middle',
        '[&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-primary [&::-moz-progress-bar]:bg-primary',
        className,
      )}
      {...props}
    />
  )
}
