import type { ArkTask } from '../../../api/arkTask.ts'
import { StorageBadge } from '../../../components/StorageBadge.tsx'
import { useStorageState } from '../hooks/useStorageState.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** A row's or card's storage: a save on its way or failed, else saved here, recorded or gone at Ark. */
export function StorageCell({ task }: { task: ArkTask }) {
  const { jobs, progress } = useLocalFilesContext()
  const state = useStorageState(task)
  const job = jobs[task.id]
  if (job?.lastError && state?.kind !== 'saved')
    return (
      <span className="text-[12px] text-destructive" title={job.lastError}>
        not saved
      </span>
    )
  if (job && state?.kind !== 'saved') {
    const p = progress[task.id]
    return (
      <span className="text-[12px] text-muted-foreground">
        {p?.total ? `saving ${Math.round((p.loaded / p.total) * 100)}%` : 'saving…'}
      </span>
    )
  }
  return state ? <StorageBadge state={state} /> : null
}
