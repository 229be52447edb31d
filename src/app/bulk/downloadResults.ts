import type { ArkTask } from '../../api/arkTask.ts'
import { relayedFileUrl } from '../../api/resultFile.ts'

export interface DownloadProgress {
  files: number
  ofFiles: number
  bytes: number
  failed: Array<{ id: string; reason: string }>
}

type LocalFile = (taskId: string) => Promise<Blob | undefined>

/** Counts bytes as they pass, for the progress bar. */
function counted(stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void) {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength)
        controller.enqueue(chunk)
      },
    }),
  )
}

/**
 * Each result as `<task id>.zip`, one at a time: from this browser's library when kept there, else
 * through the relay. A file that cannot be had is skipped and reported, the others still come.
 */
async function* resultFiles(
  tasks: readonly ArkTask[],
  localFile: LocalFile,
  progress: DownloadProgress,
  report: () => void,
  signal: AbortSignal,
  room = Infinity,
) {
  for (const task of tasks) {
    if (signal.aborted) return
    const onBytes = (n: number) => {
      progress.bytes += n
      report()
    }
    const local = await localFile(task.id)
    let body: ReadableStream<Uint8Array> | undefined
    let size: number | undefined
    if (local) {
      body = local.stream()
      size = local.size
    } else if (task.fileUrl) {
      try {
        const response = await fetch(relayedFileUrl(task.fileUrl), { signal })
        if (response.ok && response.body) {
          body = response.body
          size = Number(response.headers.get('content-length')) || undefined
        } else {
          const message = ((await response.json().catch(() => undefined)) as { error?: { message?: string } })?.error
            ?.message
          progress.failed.push({ id: task.id, reason: message ?? `the relay answered ${response.status}` })
        }
      } catch (error) {
        if (signal.aborted) return
        progress.failed.push({ id: task.id, reason: String(error) })
      }
    } else progress.failed.push({ id: task.id, reason: 'it has no result file' })
    if (body && size !== undefined && size > room) {
      void body.cancel()
      progress.failed.push({
        id: task.id,
        reason: 'it would take the zip past 4 GB; save it on its own or to a folder',
      })
    } else if (body) {
      room -= size ?? 0
      yield { name: `${task.id}.zip`, data: counted(body, onBytes) }
      progress.files++
      report()
    }
  }
}

/**
 * One zip (`ark3d-<n>-results.zip`) of the results, streamed: each file passes through as it
 * arrives, so forty 40 MB results never sit in memory at once (Chromium keeps a large Blob on disk).
 */
export async function zipResults(
  tasks: readonly ArkTask[],
  localFile: LocalFile,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal,
): Promise<{ blob: Blob; fileName: string; progress: DownloadProgress }> {
  const progress: DownloadProgress = { files: 0, ofFiles: tasks.length, bytes: 0, failed: [] }
  const report = () => onProgress({ ...progress })
  // The zip writer loads on the first bulk download, not with the page.
  const { zipStream, ZIP_LIMIT_BYTES } = await import('../../lib/zipStream.ts')
  // Room for the zip's own headers: about 100 bytes a file.
  const room = ZIP_LIMIT_BYTES - tasks.length * 200
  const blob = await new Response(zipStream(resultFiles(tasks, localFile, progress, report, signal, room))).blob()
  return { blob, fileName: `ark3d-${progress.files}-results.zip`, progress }
}

/** The File System Access directory picker, where the browser has one. */
type DirectoryPicker = () => Promise<FileSystemDirectoryHandle>
export const directoryPicker = (): DirectoryPicker | undefined =>
  (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker

/** Writes each result as `<task id>.zip` into a folder the user picked, streamed to disk. */
export async function saveResultsToFolder(
  folder: FileSystemDirectoryHandle,
  tasks: readonly ArkTask[],
  localFile: LocalFile,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal,
): Promise<DownloadProgress> {
  const progress: DownloadProgress = { files: 0, ofFiles: tasks.length, bytes: 0, failed: [] }
  const report = () => onProgress({ ...progress })
  // The generator counts a file once the loop body has written it.
  for await (const file of resultFiles(tasks, localFile, progress, report, signal)) {
    const handle = await folder.getFileHandle(file.name, { create: true })
    await file.data.pipeTo(await handle.createWritable())
  }
  return progress
}
