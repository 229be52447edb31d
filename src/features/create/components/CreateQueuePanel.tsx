import { PauseIcon, PlayIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { Alert } from '../../../components/ui/alert.tsx'
import { formatClock } from '../../../lib/formatTime.ts'
import type { CreateJob } from '../queue/createJob.ts'
import type { CreateQueue } from '../queue/createQueue.ts'
import { jobIsOpen } from '../queue/createJob.ts'

const STATE_WORDS: Record<CreateJob['state'], string> = {
  waiting: 'Waiting',
  sending: 'Sending…',
  atArk: 'At Ark',
  uncertain: 'May have been created',
  refused: 'Not created',
  done: 'Finished at Ark',
  cancelled: 'Cancelled before sending',
}

const nameOf = (job: CreateJob) => job.image?.name ?? (job.prompt ? `“${job.prompt}”` : 'task')

/** The batch on its way: what waits, what Ark runs, and what needs the user's decision. */
export function CreateQueuePanel({
  jobs,
  paused,
  queue,
  onOpenTask,
}: {
  jobs: CreateJob[]
  paused: boolean
  queue: CreateQueue
  onOpenTask?: (taskId: string) => void
}) {
  if (jobs.length === 0) return null
  const waiting = jobs.filter((j) => j.state === 'waiting').length
  const open = jobs.filter(jobIsOpen).length
  return (
    <section aria-label="Create queue" className="flex flex-col gap-2 border-t border-border pt-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="m-0 mr-auto text-[14px] font-semibold" aria-live="polite">
          {paused ? 'Queue paused' : 'Queue'}: {waiting} waiting, {open - waiting} sent and running
        </h3>
        <Button size="sm" onClick={() => void queue.setPaused(!paused)}>
          {paused ? <PlayIcon /> : <PauseIcon />}
          {paused ? 'Resume' : 'Pause'}
        </Button>
        <Button size="sm" disabled={waiting === 0} onClick={() => void queue.cancelWaiting()}>
          Cancel waiting
        </Button>
        <Button size="sm" variant="ghost" onClick={() => void queue.clearFinished()}>
          Clear finished
        </Button>
      </div>
      <ol className="m-0 flex max-h-64 list-none flex-col gap-1.5 overflow-auto p-0 text-[13px]">
        {jobs.map((job) => (
          <li
            key={job.id}
            data-state={job.state}
            className="flex flex-col gap-1 rounded-md border border-border px-2 py-1.5"
          >
            <div className="flex flex-wrap items-center gap-x-2">
              <span className="min-w-0 truncate font-medium">{nameOf(job)}</span>
              <span className="text-muted-foreground">
                {STATE_WORDS[job.state]}
                {job.state === 'atArk' && job.taskStatus ? `: ${job.taskStatus}` : ''}
                {job.state === 'done' && job.taskStatus ? `: ${job.taskStatus}` : ''}
              </span>
              {job.taskId &&
                (onOpenTask ? (
                  <Button
                    variant="link"
                    className="ml-auto h-auto p-0 font-mono text-[12px]"
                    onClick={() => onOpenTask(job.taskId!)}
                  >
                    {job.taskId}
                  </Button>
                ) : (
                  <span className="ml-auto font-mono text-[12px]">{job.taskId}</span>
                ))}
            </div>
            {job.reason && job.state === 'waiting' && (
              <span className="text-muted-foreground">
                {job.reason}
                {job.notBefore ? ` Sent again at ${formatClock(job.notBefore)}.` : ''}
              </span>
            )}
            {job.state === 'refused' && <span className="text-(--error-fg)">{job.reason}</span>}
            {job.state === 'uncertain' && <UncertainChoice job={job} queue={queue} />}
            {(job.state === 'refused' || job.state === 'cancelled') && (
              <span className="flex gap-2">
                <SendAgainOrRemove job={job} queue={queue} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** A request that may have made a task: Ark's likely matches, and the user's call. Never sent again unasked. */
function UncertainChoice({ job, queue }: { job: CreateJob; queue: CreateQueue }) {
  const candidates = job.candidates ?? []
  return (
    <Alert variant="warning" role="group" aria-label={`Did ${nameOf(job)} make a task?`}>
      <p className="m-0 mb-1.5">
        {job.reason} Ark may have made the task: sending again could make a second paid task.
        {job.candidates === undefined
          ? ' Looking at Ark’s list…'
          : candidates.length === 0
            ? ' Ark lists no task made then with these options.'
            : ` Ark made ${candidates.length === 1 ? 'this task' : 'these tasks'} then, with the same model and options:`}
      </p>
      <span className="flex flex-wrap gap-2">
        {candidates.map((candidate) => (
          <Button key={candidate.id} size="sm" variant="default" onClick={() => void queue.claim(job.id, candidate.id)}>
            It is {candidate.id} ({formatClock(candidate.createdAt * 1000)})
          </Button>
        ))}
        <Button size="sm" onClick={() => void queue.lookAgain(job.id)}>
          Look again
        </Button>
        <SendAgainOrRemove job={job} queue={queue} />
      </span>
    </Alert>
  )
}

function SendAgainOrRemove({ job, queue }: { job: CreateJob; queue: CreateQueue }) {
  return (
    <>
      <Button size="sm" onClick={() => void queue.sendAgain(job.id)}>
        Send again
      </Button>
      <Button size="sm" variant="ghost" onClick={() => void queue.remove([job.id])}>
        Remove
      </Button>
    </>
  )
}
