import {
  DataTexture,
  LinearMipmapLinearFilter,
  MeshBasicMaterial,
  MeshMatcapMaterial,
  MeshNormalMaterial,
  NearestFilter,
  RepeatWrapping,
  SRGBColorSpace,
  type Color,
  type Material,
  type Mesh,
  type Object3D,
  type Texture,
} from 'three'
import { meshesUnder } from '../load/modelParts.ts'

export const DISPLAY_MODES = ['shaded', 'clay', 'normals', 'uv', 'albedo'] as const
export type DisplayMode = (typeof DISPLAY_MODES)[number]

export const DISPLAY_MODE_LABELS: Record<DisplayMode, string> = {
  shaded: 'Shaded',
  clay: 'Clay',
  normals: 'Normals',
  uv: 'UV checker',
  albedo: 'Base colour',
}

export const isDisplayMode = (value: unknown): value is DisplayMode =>
  (DISPLAY_MODES as readonly unknown[]).includes(value)

type MaterialSlot = Material | Material[]
type AnyMaterial = Material & {
  map?: Texture | null
  color?: Color
  alphaMap?: Texture | null
  alphaTest: number
  transparent: boolean
  vertexColors: boolean
  side: number
}

/** A grey studio sphere, lit from the upper left: the "clay" look, the same for every model. */
function clayMatcap(): DataTexture {
  const size = 128
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const nx = (x + 0.5) / size - 0.5
      const ny = (y + 0.5) / size - 0.5
      const r2 = 4 * (nx * nx + ny * ny)
      const nz = Math.sqrt(Math.max(0, 1 - r2))
      // Rows run bottom-up in a DataTexture: +ny is up.
      const key = Math.max(0, (-nx * 0.5 + ny * 0.6 + nz * 0.62) / 0.98)
      const rim = Math.pow(1 - nz, 3) * 0.25
      const v = Math.min(255, Math.round(255 * (0.2 + 0.62 * key + 0.18 * Math.pow(key, 24) + rim)))
      const i = (y * size + x) * 4
      data.set([v, v, Math.min(255, v + 6), 255], i)
    }
  const texture = new DataTexture(data, size, size)
  texture.colorSpace = SRGBColorSpace
  texture.needsUpdate = true
  return texture
}

/**
 * A 32 × 32 checker, tinted by quadrant so flips and seams show: small enough cells that even the
 * little islands of a generated model's texture atlas each show squares, not one flat patch.
 */
function uvChecker(): DataTexture {
  const size = 1024
  const cells = 32
  const cell = size / cells
  const data = new Uint8Array(size * size * 4)
  const tints = [
    [235, 95, 85],
    [85, 165, 235],
    [115, 205, 115],
    [235, 195, 75],
  ]
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // The corner cell is light: a mesh without UVs samples only it, and shows flat but visible.
      const dark = (Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 1
      const tint = tints[(x < size / 2 ? 0 : 1) + (y < size / 2 ? 0 : 2)]!
      const base = dark ? 0.25 : 1
      data.set([tint[0]! * base, tint[1]! * base, tint[2]! * base, 255], (y * size + x) * 4)
    }
  const texture = new DataTexture(data, size, size)
  texture.wrapS = texture.wrapT = RepeatWrapping
  texture.magFilter = NearestFilter
  texture.minFilter = LinearMipmapLinearFilter
  texture.anisotropy = 8
  texture.colorSpace = SRGBColorSpace
  texture.generateMipmaps = true
  texture.needsUpdate = true
  return texture
}

/** Unlit albedo: the original's base colour map, colour, vertex colours and cut-outs, and no light. */
function albedoOf(original: AnyMaterial): MeshBasicMaterial {
  return new MeshBasicMaterial({
    map: original.map ?? null,
    color: original.color?.clone(),
    alphaMap: original.alphaMap ?? null,
    alphaTest: original.alphaTest,
    transparent: original.transparent,
    vertexColors: original.vertexColors,
    side: original.side,
  })
}

/**
 * Puts `mode`'s materials on every mesh under `root`. The returned function puts the originals back
 * and frees what the mode made (materials and its textures; the originals' maps are not its own).
 */
export function applyDisplayMode(root: Object3D, mode: DisplayMode): () => void {
  if (mode === 'shaded') return () => {}
  const originals = new Map<Mesh, MaterialSlot>()
  const made: Material[] = []
  const madeTextures: Texture[] = []
  const shared = (): Material => {
    let material: Material
    if (mode === 'clay') {
      const matcap = clayMatcap()
      madeTextures.push(matcap)
      material = new MeshMatcapMaterial({ matcap, color: 0xd9d4cc })
    } // three's own normal material, with no shader of ours: it draws on every GPU, software ones included.
    else if (mode === 'normals') material = new MeshNormalMaterial()
    else {
      const checker = uvChecker()
      madeTextures.push(checker)
      material = new MeshBasicMaterial({ map: checker })
    }
    made.push(material)
    return material
  }
  const single = mode === 'albedo' ? undefined : shared()
  const albedo = new Map<Material, Material>()
  const replace = (material: Material): Material => {
    if (single) return single
    let copy = albedo.get(material)
    if (!copy) {
      copy = albedoOf(material as AnyMaterial)
      albedo.set(material, copy)
      made.push(copy)
    }
    return copy
  }
  for (const mesh of meshesUnder(root)) {
    originals.set(mesh, mesh.material)
    mesh.material = Array.isArray(mesh.material) ? mesh.material.map(replace) : replace(mesh.material)
  }
  return () => {
    for (const [mesh, material] of originals) mesh.material = material
    for (const material of made) material.dispose()
    for (const texture of madeTextures) texture.dispose()
  }
}
