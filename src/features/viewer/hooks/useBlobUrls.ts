import { useEffect, useState } from 'react'
import { whenIdle } from '../../../lib/whenIdle.ts'
import { downloadType } from '../load/downloadNames.ts'

/**
 * Object URLs for in-memory bytes (downloads with no second request), typed by the file name's
 * extension, and revoked when no longer shown. Made when the page is idle: a Blob copies its
 * bytes, ~40 ms for a 36 MB zip, which must not land between a model's download and its first frame.
 * Empty until then.
 */
export function useBlobUrls(files: Record<string, ArrayBuffer | undefined>): Record<string, string> {
  const [urls, setUrls] = useState<{ of: typeof files; urls: Record<string, string> }>()
  useEffect(() => {
    const made: Record<string, string> = {}
    const make = () => {
      for (const [name, bytes] of Object.entries(files))
        if (bytes) made[name] = URL.createObjectURL(new Blob([bytes], { type: downloadType(name) }))
      setUrls({ of: files, urls: made })
    }
    const cancel = whenIdle(make, 2_000)
    return () => {
      cancel()
      Object.values(made).forEach((url) => URL.revokeObjectURL(url))
    }
  }, [files])
  return urls?.of === files ? urls.urls : {}
}
