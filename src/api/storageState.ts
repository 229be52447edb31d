import type { ArkTask } from './arkTask.ts'
import type { GoneAtArk } from './goneAtArk.ts'
import { fileExpiresAt } from './taskFacts.ts'
import { formatLocal } from '../lib/formatTime.ts'

/**
 * Where a task's result stands, in the three words used everywhere:
 * - saved here: its files are kept in this browser;
 * - recorded: only the task's record is kept (Ark still has the files, for now);
 * - gone at Ark: deleted there, or its file expired or was refused; `saved` says whether this
 *   browser kept the files.
 */
export type StorageState =
  | { kind: 'saved' }
  | { kind: 'recorded' }
  | { kind: 'gone'; why: 'deleted' | 'file-gone' | 'file-expired'; at: number; saved: boolean }

/** The state of a task's result; undefined for a task with no result that is still at Ark. */
export function storageState(
  task: ArkTask,
  saved: boolean,
  gone: GoneAtArk | undefined,
  nowSeconds: number,
): StorageState | undefined {
  if (gone) return { kind: 'gone', why: gone.why, at: gone.at, saved }
  const expiresAt = fileExpiresAt(task)
  if (task.kind === '3d' && expiresAt !== undefined && expiresAt <= nowSeconds)
    return { kind: 'gone', why: 'file-expired', at: expiresAt, saved }
  if (saved) return { kind: 'saved' }
  if (task.kind === '3d' && task.status === 'succeeded' && task.fileUrl) return { kind: 'recorded' }
  return undefined
}

export const STORAGE_LABEL = { saved: 'Saved here', recorded: 'Recorded', gone: 'Gone at Ark' } as const

const GONE_HOW = {
  deleted: 'Deleted at Ark on',
  'file-gone': 'File gone at Ark since',
  'file-expired': 'File expired at Ark on',
} as const

/** The state in one sentence, with its time where it has one. */
export function storageSentence(state: StorageState): string {
  if (state.kind === 'saved') return 'Saved here: its files are kept in this browser.'
  if (state.kind === 'recorded') return 'Recorded: only its record is kept here; its files are not saved.'
  return `${GONE_HOW[state.why]} ${formatLocal(state.at)}; ${state.saved ? 'files saved here' : 'files not saved'}.`
}

/** Whether Ark can still give this task's file: false once it is gone there. */
export const fileStillAtArk = (state: StorageState | undefined) => state?.kind !== 'gone'

/** Why a download or keep cannot fetch the file, for a disabled control's tooltip. */
export function unfetchableReason(state: StorageState | undefined): string | undefined {
  if (state?.kind !== 'gone' || state.saved) return undefined
  return `${storageSentence(state)} Nothing can fetch it again.`
}
