import type { ZipEntryInfo } from './unzipProtocol.ts'

export type ModelFormat = 'glb' | 'gltf' | 'obj' | 'usdz' | 'usd'

export interface ModelCandidate {
  path: string
  format: ModelFormat
  /** What the switcher calls it: the variant folder (`pbr`, `rgb`) or the file name. */
  label: string
}

const FORMAT_BY_EXTENSION: Record<string, ModelFormat> = {
  glb: 'glb',
  gltf: 'gltf',
  obj: 'obj',
  usdz: 'usdz',
  usd: 'usd',
  usda: 'usd',
  usdc: 'usd',
}

/** Formats a zip may hold that the viewer cannot show; it offers the download instead. */
const KNOWN_UNSHOWABLE = ['fbx', 'stl', 'ply', '3mf', 'abc', 'blend']

const extensionOf = (path: string) => path.split('/').pop()!.split('.').pop()!.toLowerCase()

function labelFor(path: string, all: string[]): string {
  const parts = path.split('/')
  const file = parts.at(-1)!
  if (all.length === 1) return file
  // Seed3D 2.0: <name>/pbr/<name>.glb and <name>/rgb/<name>.glb
  const folder = parts.at(-2)
  const sameFileNames = all.every((p) => p.split('/').at(-1) === file)
  return sameFileNames && folder ? folder : path
}

/** The model files in a zip, PBR first; resources (buffers, textures, .mtl) are not models. */
export function pickModels(entries: ZipEntryInfo[]): { models: ModelCandidate[]; unshowable: string[] } {
  const isMacJunk = (path: string) => path.startsWith('__MACOSX/') || path.split('/').pop()!.startsWith('._')
  const usable = entries.filter((e) => !isMacJunk(e.path))
  const modelPaths = usable.map((e) => e.path).filter((path) => FORMAT_BY_EXTENSION[extensionOf(path)])
  const models = modelPaths
    .map((path) => ({ path, format: FORMAT_BY_EXTENSION[extensionOf(path)]!, label: labelFor(path, modelPaths) }))
    .sort((a, b) => Number(b.label === 'pbr') - Number(a.label === 'pbr') || a.path.localeCompare(b.path))
  const unshowable = usable.map((e) => e.path).filter((path) => KNOWN_UNSHOWABLE.includes(extensionOf(path)))
  return { models, unshowable }
}

/**
 * Resolves `relative` (as written in an .mtl, .gltf or .usd) against the folder of `from`, inside
 * the zip. Backslashes are separators, percent-escapes are decoded when valid.
 */
export function resolveInZip(from: string, relative: string): string {
  let decoded = relative.replace(/\\/g, '/')
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // not percent-encoding: the name as written
  }
  // Never outside the zip: `..` stops at its root, and an absolute or `//host` path starts there.
  const cleaned = decoded.replace(/\\/g, '/').replace(/^\.\//, '')
  const base = cleaned.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const part of cleaned.split('/')) {
    if (part === '..') base.pop()
    else if (part !== '.' && part !== '') base.push(part)
  }
  return base.join('/')
}
