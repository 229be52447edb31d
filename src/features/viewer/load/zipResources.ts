import { LoadingManager } from 'three'
import { resolveInZip } from './pickModels.ts'

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ktx2: 'image/ktx2',
  bin: 'application/octet-stream',
}

/**
 * Serves the zip's files to three's loaders as blob URLs: a LoadingManager whose URL modifier
 * resolves each relative path (from the .gltf, .mtl or .usd) inside the zip. `dispose` revokes them.
 */
export function zipResources(files: Record<string, ArrayBuffer>, modelPath: string) {
  const blobUrls = new Map<string, string>()
  const manager = new LoadingManager()
  let pending = 0
  let settle: (() => void) | undefined
  manager.onStart = () => void 0
  manager.itemStart = ((original) => (url: string) => {
    pending++
    original(url)
  })(manager.itemStart.bind(manager))
  manager.itemEnd = ((original) => (url: string) => {
    pending--
    original(url)
    if (pending === 0) settle?.()
  })(manager.itemEnd.bind(manager))

  const byLowerCase = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]))
  const urlOf = (asked: string): string | undefined => {
    // Models made on Windows or macOS often name a texture in another case than the zip stores it.
    const path = asked in files ? asked : (byLowerCase.get(asked.toLowerCase()) ?? asked)
    const bytes = files[path]
    if (!bytes) return undefined
    let url = blobUrls.get(path)
    if (!url) {
      const ext = path.split('.').pop()!.toLowerCase()
      url = URL.createObjectURL(new Blob([bytes], { type: MIME_BY_EXTENSION[ext] ?? 'application/octet-stream' }))
      blobUrls.set(path, url)
    }
    return url
  }

  manager.setURLModifier((url) => {
    if (/^(data|blob):/.test(url)) return url
    // Whatever is not in the zip must not be fetched from anywhere else.
    return urlOf(resolveInZip(modelPath, url)) ?? 'data:,'
  })

  return {
    manager,
    urlOf,
    /** The zip path a blob URL made here serves. */
    pathOf: (url: string) => [...blobUrls].find(([, blobUrl]) => blobUrl === url)?.[0],
    /** Resolves once every texture the loaders asked for has loaded (or failed). */
    idle: () => new Promise<void>((resolve) => (pending === 0 ? resolve() : (settle = resolve))),
    dispose: () => {
      for (const url of blobUrls.values()) URL.revokeObjectURL(url)
      blobUrls.clear()
    },
  }
}
