import type { Material, Mesh, Object3D, Texture } from 'three'

/** The material(s) an object draws with: none, one, or one per group. */
export function materialsOf(object: Object3D): Material[] {
  const material = (object as Object3D & { material?: Material | Material[] }).material
  return Array.isArray(material) ? material : material ? [material] : []
}

/** The textures a material holds, under whatever property (map, normalMap, …). */
export function texturesOf(material: Material): Texture[] {
  return Object.values(material).filter((value): value is Texture => Boolean(value && (value as Texture).isTexture))
}

/** Every mesh under `root`, `root` included. */
export function meshesUnder(root: Object3D): Mesh[] {
  const meshes: Mesh[] = []
  root.traverse((object) => {
    if ((object as Mesh).isMesh) meshes.push(object as Mesh)
  })
  return meshes
}

/** Every material drawn under `root`, once each. */
export function materialsUnder(root: Object3D): Set<Material> {
  const materials = new Set<Material>()
  root.traverse((object) => {
    for (const material of materialsOf(object)) materials.add(material)
  })
  return materials
}
