/**
 * One object URL per key, kept while its version is the same: a Blob read again from IndexedDB is
 * a new object with the same bytes, and a new URL for it would redraw (and flicker) its image.
 */
export function objectUrlCache() {
  const urls = new Map<string, { version: number; url: string }>()
  return function urlOf(key: string, version: number, blob: Blob): string {
    const cached = urls.get(key)
    if (cached?.version === version) return cached.url
    if (cached) URL.revokeObjectURL(cached.url)
    const url = URL.createObjectURL(blob)
    urls.set(key, { version, url })
    return url
  }
}
