import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

export const fieldClasses =
  'm-0 box-border h-8 min-w-0 rounded-md border border-input font-sans bg-background px-2.5 text-[13px] text-foreground shadow-xs outline-none transition-[box-shadow] placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-50 aria-invalid:border-destructive'

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return <input data-slot="input" type={type} className={cn(fieldClasses, className)} {...props} />
}
