import type { CompressedTexture, Material, Mesh, Object3D, Texture } from 'three'
import { textureSize } from '../load/modelFacts.ts'
import { textureIdentity, type TextureSourceOf } from './textureIdentity.ts'

export type { TextureSource, TextureSourceOf } from './textureIdentity.ts'

export interface TextureEntry {
  /** The image's identity: textures that share an image are one entry. */
  key: string
  name: string
  slots: string[]
  width: number
  height: number
  format: string
  fileBytes?: number
  gpuBytes: number
  compressed: boolean
  texture: Texture
}

export interface MaterialEntry {
  name: string
  kind: string
  textures: Array<{ slot: string; key: string }>
}

export interface TextureInventory {
  textures: TextureEntry[]
  materials: MaterialEntry[]
}

const SLOT_LABELS: Record<string, string> = {
  map: 'Base colour',
  normalMap: 'Normal',
  roughnessMap: 'Roughness',
  metalnessMap: 'Metalness',
  aoMap: 'Occlusion',
  emissiveMap: 'Emissive',
  alphaMap: 'Alpha',
  bumpMap: 'Bump',
  displacementMap: 'Displacement',
  lightMap: 'Light map',
  specularMap: 'Specular',
  specularIntensityMap: 'Specular',
  specularColorMap: 'Specular colour',
  clearcoatMap: 'Clearcoat',
  clearcoatRoughnessMap: 'Clearcoat roughness',
  clearcoatNormalMap: 'Clearcoat normal',
  sheenColorMap: 'Sheen colour',
  sheenRoughnessMap: 'Sheen roughness',
  transmissionMap: 'Transmission',
  thicknessMap: 'Thickness',
  iridescenceMap: 'Iridescence',
  anisotropyMap: 'Anisotropy',
}

const isTexture = (value: unknown): value is Texture => Boolean(value && (value as Texture).isTexture)

/** glTF packs metalness and roughness in one image: say so rather than listing it twice. */
export function slotsOf(material: Material): Array<{ slot: string; texture: Texture }> {
  const found: Array<{ slot: string; texture: Texture }> = []
  const record = material as unknown as Record<string, unknown>
  for (const [property, value] of Object.entries(record)) {
    if (!isTexture(value) || property === 'envMap' || property === 'matcap') continue
    found.push({ slot: SLOT_LABELS[property] ?? property, texture: value })
  }
  const roughness = record.roughnessMap
  if (isTexture(roughness) && roughness === record.metalnessMap)
    return [
      ...found.filter((f) => f.slot !== 'Roughness' && f.slot !== 'Metalness'),
      { slot: 'Metallic-roughness', texture: roughness },
    ]
  return found
}

/** What the texture takes on the GPU: compressed mip levels as they are, RGBA8 with a ⅓ mip chain otherwise. */
export function gpuBytesOf(texture: Texture): number {
  const compressed = (texture as CompressedTexture).isCompressedTexture
  if (compressed) {
    return ((texture as CompressedTexture).mipmaps ?? []).reduce(
      (sum, level) => sum + ((level as { data?: ArrayBufferView }).data?.byteLength ?? 0),
      0,
    )
  }
  const { width, height } = textureSize(texture)
  const mips = texture.generateMipmaps ? 4 / 3 : 1
  return Math.round(width * height * 4 * mips)
}

/** Every image the model's materials use, once each, and which materials use which. */
export function textureInventory(root: Object3D, sourceOf: TextureSourceOf): TextureInventory {
  const materials = new Set<Material>()
  root.traverse((object) => {
    const mesh = object as Mesh
    if (!mesh.isMesh) return
    for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) materials.add(material)
  })
  const entries = new Map<string, TextureEntry>()
  const materialEntries: MaterialEntry[] = []
  let unnamed = 0
  for (const material of materials) {
    const uses: MaterialEntry['textures'] = []
    for (const { slot, texture } of slotsOf(material)) {
      const key = textureIdentity(texture, sourceOf)
      let entry = entries.get(key)
      if (!entry) {
        const source = sourceOf(texture)
        const compressed = Boolean((texture as CompressedTexture).isCompressedTexture)
        entry = {
          key,
          name: texture.name || `texture ${++unnamed}`,
          slots: [],
          ...textureSize(texture),
          format: source?.format ?? (compressed ? 'KTX2' : 'image'),
          fileBytes: source?.fileBytes,
          gpuBytes: gpuBytesOf(texture),
          compressed,
          texture,
        }
        entries.set(key, entry)
      }
      if (!entry.slots.includes(slot)) entry.slots.push(slot)
      uses.push({ slot, key })
    }
    materialEntries.push({
      name: material.name || '(unnamed)',
      kind: material.type.replace(/^Mesh|Material$/g, ''),
      textures: uses,
    })
  }
  return { textures: [...entries.values()], materials: materialEntries }
}
