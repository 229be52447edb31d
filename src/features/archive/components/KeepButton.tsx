import { ArchiveIcon, CheckIcon } from 'lucide-react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import { keepTask } from '../keep/keepQueue.ts'
import { useKeepable } from './KeepConfirmDialog.tsx'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** The task header's Keep: one click, or "Kept" once it is. The "Local copy" group says the rest. */
export function KeepButton({ task }: { task: ArkTask }) {
  const { files, jobs } = useLocalFilesContext()
  const keepable = useKeepable([task]).length > 0 || Boolean(files?.[task.id] && !files[task.id]!.kept)
  if (files?.[task.id]?.kept)
    return (
      <span className="inline-flex items-center gap-1 text-[13px] font-medium text-success">
        <CheckIcon className="size-4" aria-hidden="true" />
        Kept
      </span>
    )
  if (!keepable || jobs[task.id]) return null
  return (
    <Button
      size="sm"
      aria-label={`Keep ${task.id} in this browser`}
      onClick={() => void keepTask(task).catch(() => {})}
    >
      <ArchiveIcon />
      <span className="max-sm:sr-only">Keep</span>
    </Button>
  )
}
