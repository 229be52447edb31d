import { formatBytes } from '../../../lib/formatBytes.ts'
import { useKeepActivity } from '../hooks/useLocalFiles.ts'
import { cancelKeep, retryKeep } from '../keep/keepQueue.ts'

/** Files on their way into the archive, and the ones that could not be kept, with why. */
export function KeepActivityList() {
  const { jobs, progress } = useKeepActivity()
  if (jobs.length === 0) return null
  return (
    <div className="keep-activity" role="region" aria-label="Keeping files">
      <strong>
        Keeping {jobs.length} file{jobs.length === 1 ? '' : 's'}
      </strong>
      <ul>
        {jobs.map((job) => {
          const p = progress[job.taskId]
          return (
            <li key={job.taskId} data-task-id={job.taskId}>
              <code>{job.taskId}</code>{' '}
              {job.lastError ? (
                <>
                  <span className="error-text" role="alert">
                    {job.lastError}
                  </span>{' '}
                  <button type="button" className="link-button" onClick={() => void retryKeep(job.taskId)}>
                    Retry
                  </button>
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
    </div>
  )
}
