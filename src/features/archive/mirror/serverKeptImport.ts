import { readArkTask } from '../../../api/arkTask.ts'
import { fetchServerKeptTasks } from '../../../api/serverKept.ts'
import { recordTasks } from '../db/taskRecords.ts'

const EVERY_MS = 60_000
const CHUNK = 500

/**
 * Brings every task the server's keeper holds into this browser's library, now and every minute:
 * a fresh profile finds tasks Ark forgot, and knows which results the server kept.
 */
export function startServerKeptImport(): () => void {
  const abort = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const round = async () => {
    try {
      const kept = await fetchServerKeptTasks(abort.signal)
      const tasks = kept.map((task, index) => readArkTask(task.raw, index))
      for (let at = 0; at < tasks.length && !abort.signal.aborted; at += CHUNK)
        await recordTasks(tasks.slice(at, at + CHUNK), undefined)
    } catch (error) {
      if (!abort.signal.aborted) console.warn('ark3d: the server keeper could not be read:', error)
    }
    if (!abort.signal.aborted) timer = setTimeout(() => void round(), EVERY_MS)
  }
  void round()
  return () => {
    abort.abort()
    clearTimeout(timer)
  }
}
