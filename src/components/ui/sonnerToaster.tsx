import { useEffect } from 'react'
import { Toaster as Sonner } from 'sonner'
import { toastRequests } from './toast.ts'

/** Where toasts appear: bottom right, in the page's colours, announced politely. */
export default function SonnerToaster() {
  useEffect(() => toastRequests.toasterMounted(), [])
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
