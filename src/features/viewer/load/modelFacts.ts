import {
  Box3,
  Vector3,
  type AnimationClip,
  type BufferGeometry,
  type Material,
  type Object3D,
  type Texture,
} from 'three'
import { materialsOf, texturesOf } from './modelParts.ts'
import { textureIdentity, type TextureSourceOf } from '../inspect/textureIdentity.ts'

export interface ModelFacts {
  triangles: number
  vertices: number
  meshes: number
  materials: number
  textures: Array<{ name: string; width: number; height: number }>
  size: { x: number; y: number; z: number }
  /** The length unit of `size`: glTF's is the metre; OBJ and USD results do not say. */
  lengthUnit: 'm' | 'units'
  clips: Array<{ name: string; seconds: number }>
}

/** A texture's size, from its image or, for a compressed texture, its first mip level. */
export function textureSize(texture: Texture): { width: number; height: number } {
  const image = texture.image as { width?: number; height?: number } | undefined
  const mip = (texture as Texture & { mipmaps?: Array<{ width?: number; height?: number }> }).mipmaps?.[0]
  return { width: image?.width ?? mip?.width ?? 0, height: image?.height ?? mip?.height ?? 0 }
}

/** Counts what a loaded model holds, for the facts beside the view; textures are distinct images. */
export function modelFacts(
  root: Object3D,
  animations: AnimationClip[],
  sourceOf?: TextureSourceOf,
  lengthUnit: ModelFacts['lengthUnit'] = 'm',
): ModelFacts {
  let triangles = 0
  let vertices = 0
  let meshes = 0
  const materials = new Set<Material>()
  const textures = new Map<string, Texture>()
  root.updateMatrixWorld(true)
  root.traverse((object) => {
    const mesh = object as Object3D & { isMesh?: boolean; geometry?: BufferGeometry }
    if (!mesh.isMesh || !mesh.geometry) return
    meshes++
    const position = mesh.geometry.getAttribute('position')
    const count = position?.count ?? 0
    vertices += count
    triangles += mesh.geometry.index ? mesh.geometry.index.count / 3 : count / 3
    for (const material of materialsOf(object)) {
      materials.add(material)
      for (const texture of texturesOf(material)) {
        const key = textureIdentity(texture, sourceOf)
        if (!textures.has(key)) textures.set(key, texture)
      }
    }
  })
  const size = new Box3().setFromObject(root).getSize(new Vector3())
  return {
    triangles: Math.round(triangles),
    vertices,
    meshes,
    materials: materials.size,
    textures: [...textures.values()].map((t, i) => ({ name: t.name || `texture ${i + 1}`, ...textureSize(t) })),
    size: { x: size.x, y: size.y, z: size.z },
    lengthUnit,
    clips: animations.map((clip) => ({ name: clip.name, seconds: clip.duration })),
  }
}
