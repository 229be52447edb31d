import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react'
import { whenIdle } from '../../lib/whenIdle.ts'
import { toastRequests } from './toast.ts'

const SonnerToaster = lazy(() => import('./sonnerToaster.tsx'))

/**
 * The page's toasts (`toast` in `./toast.ts`). sonner is not in the first screen's file: it is
 * mounted once the page is first idle, or at once when a toast is asked for before that.
 */
export function Toaster() {
  const wanted = useSyncExternalStore(toastRequests.subscribe, toastRequests.wanted)
  const [idle, setIdle] = useState(false)
  useEffect(() => whenIdle(() => setIdle(true), 5_000), [])
  return wanted || idle ? (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  ) : null
}
