import { createContext, useContext } from 'react'
import type { FetchProgress } from '../../api/resultFile.ts'
import type { KeepJob, LocalFileMeta, StoredThumbnail } from './db/archiveDb.ts'

/** What this browser holds of each task's result: the stored file, its picture, a queued keep, its download. */
export interface LocalFiles {
  /** Undefined until IndexedDB has been read. */
  files?: Record<string, LocalFileMeta>
  /** Each task's stored picture; undefined until read. */
  thumbnails?: Record<string, StoredThumbnail>
  jobs: Record<string, KeepJob>
  progress: Record<string, FetchProgress>
}

export const LocalFilesContext = createContext<LocalFiles>({ jobs: {}, progress: {} })

export const useLocalFilesContext = () => useContext(LocalFilesContext)
