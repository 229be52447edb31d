import { PlusIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { jobIsOpen } from '../queue/createJob.ts'
import { useCreateQueueState } from '../queue/liveQueue.ts'

/** The toolbar's way in, with how many created tasks are still on their way or need a decision. */
export function NewTaskButton({ onClick }: { onClick: () => void }) {
  const { jobs } = useCreateQueueState()
  const open = jobs.filter(jobIsOpen).length
  const undecided = jobs.filter((j) => j.state === 'uncertain').length
  return (
    <Button variant="default" onClick={onClick} aria-keyshortcuts="n">
      <PlusIcon />
      New task
      {(open > 0 || undecided > 0) && (
        <span className="rounded-full bg-primary-foreground px-1.5 text-[11px] font-semibold text-primary tabular-nums">
          {undecided > 0 ? `${undecided} to check` : `${open} on the way`}
        </span>
      )}
    </Button>
  )
}
