import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { useNow } from '../../../lib/useNow.ts'
import { keepTask } from '../keep/keepQueue.ts'
import { arkStillHasResult } from '../keep/keepable.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** Queues every 3D result on the page that Ark still has and this browser has not kept. */
export function KeepPageButton({ tasks }: { tasks: ArkTask[] }) {
  const { files, jobs } = useLocalFilesContext()
  const now = useNow() / 1000
  const [error, setError] = useState<string>()
  const keepable = tasks.filter((task) => arkStillHasResult(task, now) && !files?.[task.id]?.kept && !jobs[task.id])
  if (keepable.length === 0 && !error) return null
  return (
    <>
      {keepable.length > 0 && (
        <button
          type="button"
          title="Stores these results in this browser before Ark deletes them"
          onClick={async () => {
            setError(undefined)
            try {
              for (const task of keepable) await keepTask(task)
            } catch (e) {
              setError((e as Error).message)
            }
          }}
        >
          Keep {keepable.length} result{keepable.length === 1 ? '' : 's'} on this page
        </button>
      )}
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </>
  )
}
