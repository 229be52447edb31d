import { useEffect, useMemo } from 'react'
import { downloadType } from '../load/downloadNames.ts'

/**
 * Object URLs for in-memory bytes (downloads with no second request), typed by the file name's
 * extension, and revoked when no longer shown.
 */
export function useBlobUrls(files: Record<string, ArrayBuffer | undefined>): Record<string, string> {
  const urls = useMemo(() => {
    const made: Record<string, string> = {}
    for (const [name, bytes] of Object.entries(files))
      if (bytes) made[name] = URL.createObjectURL(new Blob([bytes], { type: downloadType(name) }))
    return made
  }, [files])
  useEffect(() => () => Object.values(urls).forEach((url) => URL.revokeObjectURL(url)), [urls])
  return urls
}
