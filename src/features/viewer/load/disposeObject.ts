import type { Material, Object3D, Texture } from 'three'

function texturesOf(material: Material): Texture[] {
  return Object.values(material).filter((value): value is Texture => Boolean(value && (value as Texture).isTexture))
}

/** Frees what a model holds on the GPU: every geometry, material and texture under `root`. */
export function disposeObject(root: Object3D) {
  const materials = new Set<Material>()
  root.traverse((object) => {
    const mesh = object as Object3D & { geometry?: { dispose(): void }; material?: Material | Material[] }
    mesh.geometry?.dispose()
    const list = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : []
    for (const material of list) materials.add(material)
  })
  for (const material of materials) {
    for (const texture of texturesOf(material)) texture.dispose()
    material.dispose()
  }
}
