import { useEffect, useState } from 'react'
import { untilIdle } from '../../../lib/whenIdle.ts'
import { downloadType } from '../load/downloadNames.ts'

/** A Blob copies its bytes: ~40 ms for a 36 MB zip in one go, a few ms per slice of this size. */
const SLICE_BYTES = 4 * 1024 * 1024

/** `bytes` as a Blob made one slice per idle moment (a Blob of Blobs refers to them, no copy). */
async function blobAtIdle(bytes: ArrayBuffer, type: string, cancelled: () => boolean): Promise<Blob | undefined> {
  const slices: Blob[] = []
  for (let start = 0; start < bytes.byteLength || slices.length === 0; start += SLICE_BYTES) {
    await untilIdle(2_000)
    if (cancelled()) return undefined
    slices.push(new Blob([new Uint8Array(bytes, start, Math.min(SLICE_BYTES, bytes.byteLength - start))]))
  }
  return new Blob(slices, { type })
}

/**
 * Object URLs for in-memory files (downloads with no second request), typed by the file name's
 * extension, and revoked when no longer shown. Bytes are made a Blob at idle, a slice at a time, so
 * the copy never lands between a model's download and its first frame as one long task; a Blob is
 * used as it is. Empty until then.
 */
export function useBlobUrls(files: Record<string, ArrayBuffer | Blob | undefined>): Record<string, string> {
  const [urls, setUrls] = useState<{ of: typeof files; urls: Record<string, string> }>()
  useEffect(() => {
    let cancelled = false
    const made: Record<string, string> = {}
    void (async () => {
      for (const [name, bytes] of Object.entries(files)) {
        if (!bytes) continue
        const type = downloadType(name)
        // A Blob of a Blob refers to it: no copy. Still made at idle: this task, which makes the
        // URLs, took 76–118 ms right after a 1 M-face model's unzip (traces), none in isolation.
        if (bytes instanceof Blob) await untilIdle(2_000)
        if (cancelled) return
        const blob =
          bytes instanceof Blob ? new Blob([bytes], { type }) : await blobAtIdle(bytes, type, () => cancelled)
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
