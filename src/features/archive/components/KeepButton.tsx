import { ArchiveIcon, CheckIcon } from 'lucide-react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import { Tooltip } from '../../../components/ui/tooltip.tsx'
import { keepTask } from '../keep/keepQueue.ts'
import { useKeepable } from './KeepConfirmDialog.tsx'
import { useUnreachableReason } from '../hooks/useStorageState.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** The task header's Keep: one click, or "Saved here" once it is. The "Storage" group says the rest. */
export function KeepButton({ task }: { task: ArkTask }) {
  const { files, jobs } = useLocalFilesContext()
  const keepable = useKeepable([task]).length > 0 || Boolean(files?.[task.id] && !files[task.id]!.kept)
  const refusal = useUnreachableReason(task)
  if (files?.[task.id]?.kept)
    return (
      <span className="inline-flex items-center gap-1 text-[13px] font-medium text-success">
        <CheckIcon className="size-4" aria-hidden="true" />
        Saved here
      </span>
    )
  if (refusal)
    return (
      <Tooltip content={refusal}>
        <Button size="sm" aria-disabled="true" className="opacity-50" aria-label={`Save ${task.id} in this browser`}>
          <ArchiveIcon />
          <span className="max-sm:sr-only">Save</span>
        </Button>
      </Tooltip>
    )
  if (!keepable || jobs[task.id]) return null
  return (
    <Button
      size="sm"
      aria-label={`Save ${task.id} in this browser`}
      onClick={() => void keepTask(task).catch(() => {})}
    >
      <ArchiveIcon />
      <span className="max-sm:sr-only">Save</span>
    </Button>
  )
}
