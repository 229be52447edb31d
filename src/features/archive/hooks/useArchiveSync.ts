import { useQuery, useQueryClient } from '@tanstack/react-query'
import { serverInfoQuery } from '../../../api/taskQueries.ts'
import { useEffect } from 'react'
import { archiveKeys } from '../archiveQueries.ts'
import { onArchiveChange } from '../db/archiveChanges.ts'
import { startKeepQueue, type PictureMaker } from '../keep/keepQueue.ts'
import { startArchiveRecorder } from '../recorder.ts'
import { mirrorWanted, startTaskListMirror } from '../mirror/taskListMirror.ts'
import { startServerKeptImport } from '../mirror/serverKeptImport.ts'

/**
 * Records every fetched task, mirrors Ark's whole list, runs the keep queue, and re-reads archive
 * views when the archive changes.
 */
export function useArchiveSync(makePicture: PictureMaker) {
  const queryClient = useQueryClient()
  useEffect(() => {
    startKeepQueue(makePicture)
    const stopRecording = startArchiveRecorder(queryClient)
    let timer: ReturnType<typeof setTimeout> | undefined
    // A live page can change the archive several times a second: refresh its views at most every 250 ms.
    const stopListening = onArchiveChange(() => {
      timer ??= setTimeout(() => {
        timer = undefined
        void queryClient.invalidateQueries({ queryKey: archiveKeys.all })
      }, 250)
    })
    return () => {
      stopRecording()
      stopListening()
      clearTimeout(timer)
    }
  }, [queryClient, makePicture])

  const info = useQuery(serverInfoQuery)
  const mirror = info.isFetched && mirrorWanted(info.data)
  useEffect(() => (mirror ? startTaskListMirror() : undefined), [mirror])
  const keeper = info.data?.keeper === true
  useEffect(() => (keeper ? startServerKeptImport() : undefined), [keeper])
}
