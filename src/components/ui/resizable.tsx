import type { ComponentProps } from 'react'
import { Group, Panel, Separator } from 'react-resizable-panels'
import { cn } from '../../lib/cn.ts'

export const ResizablePanelGroup = ({ className, ...props }: ComponentProps<typeof Group>) => (
  <Group className={cn('h-full w-full', className)} {...props} />
)

export const ResizablePanel = Panel

/** The handle between two panels: drag it, or focus it and use the arrow keys. */
export function ResizableHandle({ className, ...props }: ComponentProps<typeof Separator>) {
  return (
    <Separator
      className={cn(
        'relative mx-1 w-1.5 shrink-0 rounded-full bg-border outline-none transition-colors hover:bg-primary/50 focus-visible:bg-primary data-[separator=active]:bg-primary',
        className,
      )}
      {...props}
    />
  )
}
