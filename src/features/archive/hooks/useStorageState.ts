import type { ArkTask } from '../../../api/arkTask.ts'
import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import { storageState, unfetchableReason, type StorageState } from '../../../api/storageState.ts'
import { useNow } from '../../../lib/useNow.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'
import { useServerKept } from '../../../api/serverKept.ts'

/** Where this task's result stands: saved here, recorded, or gone at Ark. */
export function useStorageState(task: ArkTask): StorageState | undefined {
  const { files } = useLocalFilesContext()
  const gone = useGoneAtArk()[task.id]
  const onServer = Boolean(useServerKept()[task.id])
  const now = useNow() / 1000
  return storageState(task, Boolean(files?.[task.id]?.kept), gone, now, onServer)
}

/**
 * Why neither this browser (a saved file or a cached one) nor Ark can give this result's bytes;
 * undefined when one can. The one rule behind Keep, Download and the preview.
 */
export function useUnreachableReason(task: ArkTask | undefined): string | undefined {
  const { files } = useLocalFilesContext()
  const gone = useGoneAtArk()
  const kept = useServerKept()
  const now = useNow() / 1000
  if (!task || files?.[task.id]) return undefined
  return unfetchableReason(storageState(task, false, gone[task.id], now, Boolean(kept[task.id])))
}
