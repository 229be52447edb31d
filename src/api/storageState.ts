import type { ArkTask } from './arkTask.ts'
import type { GoneAtArk } from './goneAtArk.ts'
import { fileExpiresAt } from './taskFacts.ts'
import { formatLocal } from '../lib/formatTime.ts'

/**
 * Where a task's result stands, in the three words used everywhere:
 * - saved here: its files are kept in this browser;
 * - kept on the server: the dashboard's server kept its files (after Ark deletes them too);
 * - recorded: only the task's record is kept (Ark still has the files, for now);
 * - gone at Ark: deleted there, or its file expired or was refused; `saved` says whether this
 *   browser kept the files.
 */
export type StorageState =
  | { kind: 'saved' }
  | { kind: 'server' }
  | { kind: 'recorded' }
  | { kind: 'gone'; why: 'deleted' | 'file-gone' | 'file-expired'; at: number; saved: boolean; onServer?: boolean }

/** The state of a task's result; undefined for a task with no result that is still at Ark. */
export function storageState(
  task: ArkTask,
  saved: boolean,
  gone: GoneAtArk | undefined,
  nowSeconds: number,
  onServer = false,
): StorageState | undefined {
  const server = onServer ? { onServer } : {}
  if (gone) return { kind: 'gone', why: gone.why, at: gone.at, saved, ...server }
  const expiresAt = fileExpiresAt(task)
  if (task.kind === '3d' && expiresAt !== undefined && expiresAt <= nowSeconds)
    return { kind: 'gone', why: 'file-expired', at: expiresAt, saved, ...server }
  if (saved) return { kind: 'saved' }
  if (onServer) return { kind: 'server' }
  if (task.kind === '3d' && task.status === 'succeeded' && task.fileUrl) return { kind: 'recorded' }
  return undefined
}

export const STORAGE_LABEL = {
  saved: 'Saved here',
  server: 'Kept on the server',
  recorded: 'Recorded',
  gone: 'Gone at Ark',
} as const

const GONE_HOW = {
  deleted: 'Deleted at Ark on',
  'file-gone': 'File gone at Ark since',
  'file-expired': 'File expired at Ark on',
} as const

/** The state in one sentence, with its time where it has one. */
export function storageSentence(state: StorageState): string {
  if (state.kind === 'saved') return 'Saved here: its files are kept in this browser.'
  if (state.kind === 'server')
    return "Kept on the server: the dashboard's server keeps its files, after Ark deletes them too."
  if (state.kind === 'recorded') return 'Recorded: only its record is kept here; its files are not saved.'
  const where = state.saved ? 'files saved here' : state.onServer ? 'files kept on the server' : 'files not saved'
  return `${GONE_HOW[state.why]} ${formatLocal(state.at)}; ${where}.`
}

/** Whether Ark (or the server's copy) can still give this task's file: false once it is gone from both. */
export const fileStillAtArk = (state: StorageState | undefined) => state?.kind !== 'gone' || Boolean(state.onServer)

/** Why a download or keep cannot fetch the file, for a disabled control's tooltip. */
export function unfetchableReason(state: StorageState | undefined): string | undefined {
  if (state?.kind !== 'gone' || state.saved || state.onServer) return undefined
  return `${storageSentence(state)} Nothing can fetch it again.`
}
