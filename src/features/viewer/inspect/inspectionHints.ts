import { plural } from '../../../lib/plural.ts'
import type { BufferGeometry, Mesh, Object3D } from 'three'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import { slotsOf, type TextureInventory } from './textureInventory.ts'

export interface Inspection {
  drawCalls: number
  gpuTextureBytes: number
  meshesWithoutUv: number
  unindexedMeshes: number
  /** Plain-words advice, each where it applies. */
  hints: string[]
}

/** RGBA8 with mips against a 1 byte-per-texel GPU format (BC7 or ASTC 4×4), as KTX2 transcodes to. */
const KTX2_SHARE = 1 / 4

function sizeGroups(textures: TextureInventory['textures']) {
  const groups = new Map<string, number>()
  for (const t of textures) {
    const label = t.width === t.height ? `${t.width}²` : `${t.width}×${t.height}`
    groups.set(label, (groups.get(label) ?? 0) + 1)
  }
  return [...groups].map(([label, count]) => `${plural(count, 'texture')} of ${label}`).join(' and ')
}

/** What the model costs to draw, and what to do about it, like gltf.report's `inspect`. */
export function inspectModel(root: Object3D, inventory: TextureInventory, triangles: number): Inspection {
  let drawCalls = 0
  let meshesWithoutUv = 0
  let unindexedMeshes = 0
  root.traverse((object) => {
    const mesh = object as Mesh
    if (!mesh.isMesh) return
    const geometry = mesh.geometry as BufferGeometry
    drawCalls += Array.isArray(mesh.material) ? Math.max(1, geometry.groups.length) : 1
    // Only a textured material needs UVs: an untextured mesh without them is fine.
    const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material]
    if (!geometry.getAttribute('uv') && materials.some((m) => slotsOf(m).length > 0)) meshesWithoutUv++
    if (!geometry.index) unindexedMeshes++
  })
  const gpuTextureBytes = inventory.textures.reduce((sum, t) => sum + t.gpuBytes, 0)
  const hints: string[] = []
  const plain = inventory.textures.filter((t) => !t.compressed)
  const plainBytes = plain.reduce((sum, t) => sum + t.gpuBytes, 0)
  if (plain.length && plainBytes >= 8 * 1024 * 1024)
    hints.push(
      `${sizeGroups(plain)} take ${formatBytes(plainBytes)} of GPU memory; KTX2 would take about ${formatBytes(plainBytes * KTX2_SHARE)}.`,
    )
  const huge = inventory.textures.filter((t) => Math.max(t.width, t.height) > 4096)
  if (huge.length)
    hints.push(`${sizeGroups(huge)}: many phones cannot load textures over 4096 px; resize them to 4096 or less.`)
  if (meshesWithoutUv)
    hints.push(
      `No UVs on ${meshesWithoutUv === 1 ? 'one textured mesh' : `${meshesWithoutUv} textured meshes`}: their textures cannot map onto ${meshesWithoutUv === 1 ? 'it' : 'them'}.`,
    )
  if (drawCalls > 50) hints.push(`${drawCalls} draw calls: merging meshes that share a material would draw faster.`)
  if (triangles > 500_000)
    hints.push(`${formatCount(triangles)} triangles: simplify for real-time use (Export → Optimised GLB).`)
  if (unindexedMeshes)
    hints.push(
      `${unindexedMeshes === 1 ? 'One mesh has' : `${unindexedMeshes} meshes have`} no index: welding shares vertices and makes ${unindexedMeshes === 1 ? 'it' : 'them'} smaller.`,
    )
  return {
    drawCalls,
    gpuTextureBytes,
    meshesWithoutUv,
    unindexedMeshes,
    hints,
  }
}
