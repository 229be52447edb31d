import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { whenIdle } from '../../../lib/whenIdle.ts'
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
  useEffect(() => {
    if (!mirror) return
    // Begun with the page, the mirror's pages of 500 were read and stored while the page drew its
    // own first rows, and made them 2.5 times slower: it starts once the page's answers are in.
    let stop: (() => void) | undefined
    let cancelIdle: (() => void) | undefined
    const unsubscribe = whenQueriesSettle(queryClient, () => {
      cancelIdle = whenIdle(() => (stop = startTaskListMirror()), 5_000)
    })
    return () => {
      unsubscribe()
      cancelIdle?.()
      stop?.()
    }
  }, [mirror, queryClient])
  const keeper = info.data?.keeper === true
  useEffect(() => (keeper ? startServerKeptImport() : undefined), [keeper])
}

/** Calls `then` once no query is fetching (now, if none is); returns a cancel. */
function whenQueriesSettle(queryClient: QueryClient, then: () => void): () => void {
  if (queryClient.isFetching() === 0) {
    then()
    return () => {}
  }
  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    if (queryClient.isFetching() > 0) return
    unsubscribe()
    then()
  })
  return unsubscribe
}
