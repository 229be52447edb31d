import { cva, type VariantProps } from 'class-variance-authority'
import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

const alertVariants = cva('rounded-md border px-3 py-2 [&_h2]:m-0 [&_h2]:mb-1.5 [&_h2]:text-[15px]', {
  variants: {
    variant: {
      default: 'border-border bg-muted text-foreground',
      destructive: 'border-border bg-(--error-bg) text-(--error-fg)',
      warning: 'border-border bg-(--warn-bg) text-(--warn-fg)',
    },
  },
  defaultVariants: { variant: 'default' },
})

/** A block that tells something about the screen: a note, a warning, an error. Its role is the caller's. */
export function Alert({ className, variant, ...props }: ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  return <div data-slot="alert" className={cn(alertVariants({ variant }), className)} {...props} />
}
