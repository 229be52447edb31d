import { formatBytes } from '../../../lib/formatBytes.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** The table's "Kept" column: kept, preview copy, on its way, or failed. */
export function LocalCopyCell({ taskId }: { taskId: string }) {
  const { files, jobs, progress } = useLocalFilesContext()
  const file = files?.[taskId]
  const job = jobs[taskId]
  if (file?.kept)
    return (
      <span className="kept-badge" title={`Kept in this browser (${formatBytes(file.bytes)})`}>
        ✓ kept
      </span>
    )
  if (job?.lastError)
    return (
      <span className="error-text" title={job.lastError}>
        not kept
      </span>
    )
  if (job) {
    const p = progress[taskId]
    return <span className="muted">{p?.total ? `keeping ${Math.round((p.loaded / p.total) * 100)}%` : 'keeping…'}</span>
  }
  if (file)
    return (
      <span className="muted" title="Saved when previewed; removed first when space is freed">
        copy
      </span>
    )
  return null
}
