// The create feature's public face: what `app/` may use of it.
import { lazy } from 'react'

export { NewTaskButton } from './components/NewTaskButton.tsx'
export { startCreateQueue, createQueueOrThrow } from './queue/liveQueue.ts'
export type { CreateJob } from './queue/createJob.ts'

/** The New task dialog, loaded when first opened: the list's first load does not carry it. */
export const LazyNewTaskDialog = lazy(() => import('./components/NewTaskDialog.tsx'))
