import { useEffect, useState } from 'react'
import { untilIdle } from '../../../lib/whenIdle.ts'
import { downloadType } from '../load/downloadNames.ts'

/** A Blob copies its bytes: ~40 ms for a 36 MB zip in one go, a few ms per slice of this size. */
const SLICE_BYTES = 4 * 1024 * 1024

/**
 * `file` as a typed Blob, made at idle: bytes one slice per idle moment (a Blob of Blobs refers to
 * them, no copy); a Blob wrapped as it is, which copies nothing, but its URL is still made at idle:
 * right after a large model's unzip, making the links' URLs at once was one long task.
 */
async function blobAtIdle(file: ArrayBuffer | Blob, type: string, cancelled: () => boolean): Promise<Blob | undefined> {
  if (file instanceof Blob) {
    await untilIdle(2_000)
    return cancelled() ? undefined : new Blob([file], { type })
  }
  const slices: Blob[] = []
  for (let start = 0; start < file.byteLength || slices.length === 0; start += SLICE_BYTES) {
    await untilIdle(2_000)
    if (cancelled()) return undefined
    slices.push(new Blob([new Uint8Array(file, start, Math.min(SLICE_BYTES, file.byteLength - start))]))
  }
  return new Blob(slices, { type })
}

/**
 * Object URLs for in-memory files (downloads with no second request), typed by the file name's
 * extension, and revoked when no longer shown. Made at idle (see blobAtIdle), so they never land
 * between a model's download and its first frame as one long task. Empty until then.
 */
export function useBlobUrls(files: Record<string, ArrayBuffer | Blob | undefined>): Record<string, string> {
  const [urls, setUrls] = useState<{ of: typeof files; urls: Record<string, string> }>()
  useEffect(() => {
    let cancelled = false
    const made: Record<string, string> = {}
    void (async () => {
      for (const [name, file] of Object.entries(files)) {
        if (!file) continue
        const blob = await blobAtIdle(file, downloadType(name), () => cancelled)
        if (!blob) return
        made[name] = URL.createObjectURL(blob)
      }
      setUrls({ of: files, urls: made })
    })()
    return () => {
      cancelled = true
      Object.values(made).forEach((url) => URL.revokeObjectURL(url))
    }
  }, [files])
  return urls?.of === files ? urls.urls : {}
}
