import { createContext, useContext } from 'react'
import type { FetchProgress } from '../../api/resultFile.ts'
import type { KeepJob, LocalFileMeta } from './db/archiveDb.ts'

/** What this browser holds of each task's result: the stored file, a queued keep, its download. */
export interface LocalFiles {
  /** Undefined until IndexedDB has been read. */
  files?: Record<string, LocalFileMeta>
  jobs: Record<string, KeepJob>
  progress: Record<string, FetchProgress>
}

export const LocalFilesContext = createContext<LocalFiles>({ jobs: {}, progress: {} })

export const useLocalFilesContext = () => useContext(LocalFilesContext)
