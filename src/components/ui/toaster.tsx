import { Toaster as Sonner } from 'sonner'

/** Where toasts appear: bottom right, in the page's colours, announced politely. */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      theme="system"
      toastOptions={{
        classNames: {
          toast: '!bg-card !text-foreground !border-border !text-[13px]',
          description: '!text-muted-foreground',
        },
      }}
    />
  )
}
