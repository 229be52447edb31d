import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleSize {
  jsBytes: number
  jsGzipBytes: number
  cssBytes: number
  cssGzipBytes: number
}

/** What index.html loads before anything else: its module scripts, modulepreloads and stylesheets. */
export async function initialAssets(distDir: string): Promise<Set<string>> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8')
  return new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))
}

export async function initialBundleSize(distDir: string): Promise<BundleSize> {
  const size: BundleSize = { jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0 }
  for (const ref of await initialAssets(distDir)) {
    const bytes = await readFile(join(distDir, ref))
    const gzip = gzipSync(bytes, { level: 9 }).length
    if (ref.endsWith('.js')) {
      size.jsBytes += bytes.length
      size.jsGzipBytes += gzip
    } else {
      size.cssBytes += bytes.length
      size.cssGzipBytes += gzip
    }
  }
  return size
}
