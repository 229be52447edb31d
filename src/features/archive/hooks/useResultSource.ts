import { tunable } from '../../../lib/tunable.ts'
import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { fetchResultFile, ResultFileError, type ZipLoader } from '../../../api/resultFile.ts'
import { fileExpiresAt } from '../../../api/taskFacts.ts'
import { storedFile, storeFileMakingRoom, trimPreviewCopies } from '../db/fileStore.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

export interface ResultSource {
  key: string
  local: boolean
  load: ZipLoader
}

/**
 * Preview copies are a cache: 1 GB in all unless `localStorage["ark3d:previewCopyBytes"]` says
 * otherwise, the oldest going first.
 */
export function previewCopyBudget(): number {
  return tunable('previewCopyBytes', 1024 ** 3)
}

async function savePreviewCopy(task: ArkTask, blob: Blob) {
  const budget = previewCopyBudget()
  if (blob.size > budget) return
  await storeFileMakingRoom(task, blob, false)
  await trimPreviewCopies(budget)
}

function localLoader(taskId: string): ZipLoader {
  return async (onProgress) => {
    const blob = await storedFile(taskId)
    if (!blob) throw new ResultFileError('gone', 'The local copy of this file was removed.')
    onProgress({ loaded: blob.size, total: blob.size })
    return blob
  }
}

function remoteLoader(task: ArkTask, fileUrl: string): ZipLoader {
  return async (onProgress, signal) => {
    const zip = await fetchResultFile(fileUrl, { onProgress, signal, expiresAt: fileExpiresAt(task), taskId: task.id })
    savePreviewCopy(task, new Blob([zip], { type: 'application/zip' })).catch((error) =>
      console.warn('ark3d: the preview copy was not saved:', error),
    )
    return zip
  }
}

/**
 * Where the preview reads the result: the local copy when there is one, else Ark's file host (and
 * the download is saved as a preview copy). Chosen once per opened task, so saving the copy does
 * not reload the model.
 */
export function useResultSource(task: ArkTask): ResultSource | undefined {
  const { files } = useLocalFilesContext()
  const [choice, setChoice] = useState<'local' | 'remote'>()
  const hasLocal = Boolean(files?.[task.id])
  if (choice === undefined && files !== undefined) setChoice(hasLocal ? 'local' : 'remote')
  if (choice === 'local') return { key: `local:${task.id}`, local: true, load: localLoader(task.id) }
  if (choice === 'remote' && task.fileUrl)
    return { key: `remote:${task.fileUrl}`, local: false, load: remoteLoader(task, task.fileUrl) }
  return undefined
}
