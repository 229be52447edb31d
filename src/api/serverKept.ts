import { storedValue, useStoredValue } from '../lib/storedValue.ts'
import { markGoneAtArk } from './goneAtArk.ts'
import { readWhole, type FetchOptions } from './download/relayed.ts'
import { resultFileFailure } from './download/resultFileError.ts'

/** A task as the dashboard's server keeps it: Ark's item, and what it kept or saw go. */
export interface ServerKeptTask {
  raw: unknown
  file?: { bytes: number; keptAt: number }
  gone?: { at: number; why: 'deleted' | 'file-gone' | 'file-expired' }
  /** When a browser gave the server this task's picture. */
  pictureAt?: number
}

export interface KeeperStatus {
  on: boolean
  state?: string
  lastSyncAt?: number
  nextSyncAt?: number
  lastError?: string
  tasks?: number
  files?: number
  bytes?: number
  failed?: number
  waiting?: number
  failures?: { taskId: string; reason: string; final: boolean }[]
}

type KeptFiles = Readonly<Record<string, { bytes: number; keptAt: number }>>

/** Which results the server has kept, by task: read from it, remembered for offline. */
const keptOnServer = storedValue<KeptFiles>('server-kept', {}, (value) => Boolean(value) && typeof value === 'object')

/** The tasks whose picture the server holds; set once its keeper answered. */
let serverPictures: Set<string> | undefined

export const useServerKept = (): KeptFiles => useStoredValue(keptOnServer)
export const serverKeptNow = (): KeptFiles => keptOnServer.get()

/** Every task the server holds; what it kept is remembered, and what it saw go at Ark is marked so. */
export async function fetchServerKeptTasks(signal?: AbortSignal): Promise<ServerKeptTask[]> {
  const { tasks } = await keeperJson<{ tasks: ServerKeptTask[] }>('/tasks', { signal })
  const kept: Record<string, { bytes: number; keptAt: number }> = {}
  const pictures = new Set<string>()
  for (const task of tasks) {
    const id = (task.raw as { id?: unknown }).id
    if (typeof id !== 'string') continue
    if (task.file) kept[id] = task.file
    if (task.pictureAt) pictures.add(id)
    if (task.gone && task.gone.why !== 'file-expired')
      markGoneAtArk([id], task.gone.why, Math.floor(task.gone.at / 1000))
  }
  keptOnServer.set(kept)
  serverPictures = pictures
  return tasks
}

async function keeperJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api/keeper${path}`, { ...init, headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`The server's keeper answered ${response.status}.`)
  return (await response.json()) as T
}

export const fetchKeeperStatus = (signal?: AbortSignal) => keeperJson<KeeperStatus>('/status', { signal })

/** Asks the keeper to sync now; resolves with its status once that round is done. */
export const syncKeeperNow = () => keeperJson<KeeperStatus>('/sync', { method: 'POST' })

/** A result's zip from the server's store: no Ark download, and still there after Ark's 24 h. */
export async function fetchServerKeptFile(taskId: string, options: FetchOptions = {}): Promise<Blob> {
  const response = await fetch(`/api/keeper/files/${encodeURIComponent(taskId)}`, { signal: options.signal })
  if (!response.ok) throw await resultFileFailure(response)
  return readWhole(response, options.onProgress ?? (() => undefined), options.signal)
}

/** The server's picture of a task, when it has one: another browser drew it already. */
export async function fetchServerPicture(taskId: string): Promise<Blob | undefined> {
  if (!serverPictures?.has(taskId)) return undefined
  const response = await fetch(`/api/keeper/thumbnails/${encodeURIComponent(taskId)}`)
  return response.ok ? response.blob() : undefined
}

/** Gives the server a picture this browser drew, so the next browser has it at once; best effort. */
export async function sharePicture(taskId: string, picture: Blob): Promise<void> {
  if (!serverPictures || serverPictures.has(taskId)) return
  const response = await fetch(`/api/keeper/thumbnails/${encodeURIComponent(taskId)}`, {
    method: 'PUT',
    headers: { 'Content-Type': picture.type || 'image/webp' },
    body: picture,
  }).catch(() => undefined)
  if (response?.ok) serverPictures.add(taskId)
}
