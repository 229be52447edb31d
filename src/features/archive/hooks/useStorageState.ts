import type { ArkTask } from '../../../api/arkTask.ts'
import { useGoneAtArk } from '../../../api/goneAtArk.ts'
import { storageState, type StorageState } from '../../../api/storageState.ts'
import { useNow } from '../../../lib/useNow.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** Where this task's result stands: saved here, recorded, or gone at Ark. */
export function useStorageState(task: ArkTask): StorageState | undefined {
  const { files } = useLocalFilesContext()
  const gone = useGoneAtArk()[task.id]
  const now = useNow() / 1000
  return storageState(task, Boolean(files?.[task.id]?.kept), gone, now)
}
