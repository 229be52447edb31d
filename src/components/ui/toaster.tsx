import { lazy, Suspense, useSyncExternalStore } from 'react'
import { toastRequests } from './toast.ts'

const SonnerToaster = lazy(() => import('./sonnerToaster.tsx'))

/** The page's toasts, mounted with the first one asked for (`toast` in `./toast.ts`). */
export function Toaster() {
  const wanted = useSyncExternalStore(toastRequests.subscribe, toastRequests.wanted)
  return wanted ? (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  ) : null
}
