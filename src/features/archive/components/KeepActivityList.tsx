import { plural } from '../../../lib/plural.ts'
import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { useKeepActivity } from '../hooks/useLocalFiles.ts'
import { cancelKeep, retryKeep } from '../keep/keepQueue.ts'

/** Rows shown at once: failures first, then downloads running, then the next ones waiting. */
const SHOWN = 5

const files = (n: number) => `${plural(n, 'file')}`

function headingOf(all: number, failed: number): string {
  if (failed === 0) return `Keeping ${files(all)}`
  if (failed === all) return `${files(failed)} could not be kept`
  return `Keeping ${files(all - failed)}; ${failed} could not be kept`
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
    <div className="keep-activity" role="region" aria-label="Keeping files">
      <strong>{headingOf(jobs.length, jobs.filter((job) => job.lastError).length)}</strong>
      <ul>
        {ordered.slice(0, SHOWN).map((job) => {
          const p = progress[job.taskId]
          return (
            <li key={job.taskId} data-task-id={job.taskId}>
              <code>{job.taskId}</code>{' '}
              {job.lastError ? (
                <>
                  <span className="error-text" role="alert">
                    {job.lastError}
                  </span>{' '}
                  {/* A file gone at Ark will not come back: Retry only where it can work. */}
                  {!gone[job.taskId] && (
                    <button type="button" className="link-button" onClick={() => void retryKeep(job.taskId)}>
                      Retry
                    </button>
                  )}
                </>
              ) : p ? (
                <>
                  <progress max={p.total ?? undefined} value={p.loaded} aria-label={`Downloading ${job.taskId}`} />{' '}
                  {formatBytes(p.loaded)}
                  {p.total ? ` of ${formatBytes(p.total)}` : ''}
                </>
              ) : (
                <span className="muted">waiting</span>
              )}{' '}
              <button type="button" className="link-button" onClick={() => void cancelKeep(job.taskId)}>
                {job.lastError ? 'Dismiss' : 'Cancel'}
              </button>
            </li>
          )
        })}
      </ul>
      {hidden > 0 && <p className="muted">…and {hidden} more.</p>}
    </div>
  )
}
