// The create feature's public face: what `app/` may use of it.
export { NewTaskButton } from './components/NewTaskButton.tsx'
export { NewTaskDialog } from './components/NewTaskDialog.tsx'
export { startCreateQueue, createQueueOrThrow } from './queue/liveQueue.ts'
export type { CreateJob } from './queue/createJob.ts'
