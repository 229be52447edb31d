import { Button } from '../../../components/ui/button.tsx'
import { Progress } from '../../../components/ui/progress.tsx'
import { plural } from '../../../lib/plural.ts'
import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { useKeepActivity } from '../hooks/useLocalFiles.ts'
import { cancelKeep, retryKeep } from '../keep/keepQueue.ts'

/** Rows shown at once: failures first, then downloads running, then the next ones waiting. */
const SHOWN = 5

const files = (n: number) => `${plural(n, 'file')}`

function headingOf(all: number, failed: number): string {
  if (failed === 0) return `Saving ${files(all)}`
  if (failed === all) return `${files(failed)} could not be saved`
  return `Saving ${files(all - failed)}; ${failed} could not be saved`
}

/** Files on their way into the archive, and the ones that could not be kept, with why. */
export function KeepActivityList() {
  const { jobs, progress } = useKeepActivity()
  const gone = useGoneAtArk()
  if (jobs.length === 0) return null
  const rank = (job: (typeof jobs)[number]) => (job.lastError ? 0 : progress[job.taskId] ? 1 : 2)
  const ordered = [...jobs].sort((a, b) => rank(a) - rank(b) || a.queuedAt - b.queuedAt)
  const hidden = ordered.length - SHOWN
  return (
    <div className="mb-2 rounded-md border border-border px-3 py-2" role="region" aria-label="Saving files">
      <strong>{headingOf(jobs.length, jobs.filter((job) => job.lastError).length)}</strong>
      <ul className="mt-1 mb-0 pl-[1.1rem]">
        {ordered.slice(0, SHOWN).map((job) => {
          const p = progress[job.taskId]
          return (
            <li key={job.taskId} data-task-id={job.taskId}>
              <code className="font-mono text-[12.5px]">{job.taskId}</code>{' '}
              {job.lastError ? (
                <>
                  <span className="text-destructive" role="alert">
                    {job.lastError}
                  </span>{' '}
                  {/* A file gone at Ark will not come back: Retry only where it can work. */}
                  {!gone[job.taskId] && (
                    <Button variant="link" onClick={() => void retryKeep(job.taskId)}>
                      Retry
                    </Button>
                  )}
                </>
              ) : p ? (
                <>
                  <Progress max={p.total ?? undefined} value={p.loaded} aria-label={`Downloading ${job.taskId}`} />{' '}
                  {formatBytes(p.loaded)}
                  {p.total ? ` of ${formatBytes(p.total)}` : ''}
                </>
              ) : (
                <span className="text-muted-foreground">waiting</span>
              )}{' '}
              <Button variant="link" onClick={() => void cancelKeep(job.taskId)}>
                {job.lastError ? 'Dismiss' : 'Cancel'}
              </Button>
            </li>
          )
        })}
      </ul>
      {hidden > 0 && <p className="text-muted-foreground">…and {hidden} more.</p>}
    </div>
  )
}
