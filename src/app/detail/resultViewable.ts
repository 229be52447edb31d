import type { ArkTask } from '../../api/arkTask.ts'
import { useGoneAtArk } from '../../api/goneAtArk.ts'
import { fileStillAtArk, storageState } from '../../api/storageState.ts'
import { useLocalFilesContext } from '../../features/archive/index.ts'
import { useNow } from '../../lib/useNow.ts'

export const hasResultFile = (task: ArkTask | undefined): task is ArkTask =>
  task?.kind === '3d' && task.status === 'succeeded' && Boolean(task.fileUrl)

/**
 * Whether a result's model can be shown: its file is here, or still at Ark. Gone at Ark and not
 * here, no request could bring it, so none is made.
 */
export function useViewable(task: ArkTask | undefined): boolean {
  const { files } = useLocalFilesContext()
  const gone = useGoneAtArk()
  const now = useNow() / 1000
  if (!hasResultFile(task)) return false
  return Boolean(files?.[task.id]) || fileStillAtArk(storageState(task, false, gone[task.id], now))
}
