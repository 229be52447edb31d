import { ToggleGroup as ToggleGroupPrimitive } from 'radix-ui'
import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

/** One choice of a few (Table / Gallery): arrow keys move between the items. */
export function ToggleGroup({ className, ...props }: ComponentProps<typeof ToggleGroupPrimitive.Root>) {
  return (
    <ToggleGroupPrimitive.Root
      className={cn('inline-flex rounded-md border border-border bg-card p-0.5 shadow-xs', className)}
      {...props}
    />
  )
}

export function ToggleGroupItem({ className, ...props }: ComponentProps<typeof ToggleGroupPrimitive.Item>) {
  return (
    <ToggleGroupPrimitive.Item
      className={cn(
        'm-0 border-0 bg-transparent p-0 font-sans text-current inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-[5px] px-2.5 text-[13px] text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60 data-[state=on]:bg-accent data-[state=on]:font-medium data-[state=on]:text-foreground [&_svg]:size-4',
        className,
      )}
      {...props}
    />
  )
}
