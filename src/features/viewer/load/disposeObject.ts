import type { Material, Object3D } from 'three'
import { materialsOf, texturesOf } from './modelParts.ts'

/** Frees what a model holds on the GPU: every geometry, material and texture under `root`. */
export function disposeObject(root: Object3D) {
  const materials = new Set<Material>()
  root.traverse((object) => {
    const { geometry } = object as Object3D & { geometry?: { dispose(): void } }
    geometry?.dispose()
    for (const material of materialsOf(object)) materials.add(material)
  })
  for (const material of materials) {
    for (const texture of texturesOf(material)) texture.dispose()
    material.dispose()
  }
}
