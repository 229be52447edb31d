import type { Material, Object3D, Texture } from 'three'

/** The material(s) an object draws with: none, one, or one per group. */
export function materialsOf(object: Object3D): Material[] {
  const material = (object as Object3D & { material?: Material | Material[] }).material
  return Array.isArray(material) ? material : material ? [material] : []
}

/** The textures a material holds, under whatever property (map, normalMap, …). */
export function texturesOf(material: Material): Texture[] {
  return Object.values(material).filter((value): value is Texture => Boolean(value && (value as Texture).isTexture))
}
