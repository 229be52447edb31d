import { readFile } from 'node:fs/promises'
import { initialAssets } from './bundleSize.ts'

interface RawReport {
  nodeParts: Record<string, { renderedLength: number; gzipLength: number }>
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>
}

export interface BundleShare {
  /** A package's name, or the app's folder under src/. */
  what: string
  bytes: number
  /** Each module compressed alone: an upper bound of what it adds to the compressed chunk. */
  gzipAlone: number
}

const nameOf = (id: string) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)
  if (pkg) return pkg[1]!
  const app = /\/src\/(.*)$/.exec(id)
  return app ? `src/${app[1]!.split('/').slice(0, 2).join('/')}` : id
}

/** What the first screen's files (index.html's scripts) hold, by package, largest first. */
export async function firstScreenShares(distDir: string, reportFile: string): Promise<BundleShare[]> {
  const initial = await initialAssets(distDir)
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as RawReport
  const shares = new Map<string, BundleShare>()
  for (const meta of Object.values(report.nodeMetas))
    for (const [chunk, part] of Object.entries(meta.moduleParts)) {
      if (!initial.has(chunk)) continue
      const what = nameOf(meta.id)
      const share = shares.get(what) ?? { what, bytes: 0, gzipAlone: 0 }
      share.bytes += report.nodeParts[part]!.renderedLength
      share.gzipAlone += report.nodeParts[part]!.gzipLength
      shares.set(what, share)
    }
  return [...shares.values()].sort((a, b) => b.bytes - a.bytes)
}
