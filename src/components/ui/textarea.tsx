import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'
import { fieldClasses } from './input.tsx'

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(fieldClasses, 'h-auto min-h-8 resize-y py-1.5', className)}
      {...props}
    />
  )
}
