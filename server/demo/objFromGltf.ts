import type { Document, Node, Primitive, Texture } from '@gltf-transform/core'

export interface ObjBundle {
  obj: string
  mtl: string
  /** Texture files by their path relative to the .obj, as the .mtl names them. */
  textures: Map<string, Uint8Array>
}

type Mat4 = ArrayLike<number>

function transformPoint(m: Mat4, x: number, y: number, z: number): [number, number, number] {
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ]
}

function transformDirection(m: Mat4, x: number, y: number, z: number): [number, number, number] {
  const v = [m[0]! * x + m[4]! * y + m[8]! * z, m[1]! * x + m[5]! * y + m[9]! * z, m[2]! * x + m[6]! * y + m[10]! * z]
  const length = Math.hypot(v[0]!, v[1]!, v[2]!) || 1
  return [v[0]! / length, v[1]! / length, v[2]! / length]
}

const fmt = (n: number) => Number(n.toFixed(6)).toString()

function textureFileName(texture: Texture, fallback: string): string {
  const ext = texture.getMimeType() === 'image/png' ? 'png' : 'jpg'
  const base = (
    texture.getName() ||
    texture
      .getURI()
      .split('/')
      .pop()
      ?.replace(/\.[^.]+$/, '') ||
    fallback
  ).replace(/[^\w.-]+/g, '_')
  return `textures/${base}.${ext}`
}

/**
 * Writes the triangles of a glTF document as Wavefront OBJ with an .mtl and its textures, so
 * the demo can serve an `obj` result built from a real model (as Seed3D's obj zips hold).
 * Geometry must already be decoded (Draco and Meshopt are decoded when the document is read).
 */
export function objFromGltf(document: Document, name: string): ObjBundle {
  const lines = [`# ${name}, written by ark3d's demo Ark from a glTF model`, `mtllib ${name}.mtl`]
  const mtl: string[] = []
  const textures = new Map<string, Uint8Array>()
  const materialNames = new Map<object, string>()
  let vertexBase = 1

  const materialNameOf = (primitive: Primitive): string => {
    const material = primitive.getMaterial()
    if (!material) return 'default'
    const known = materialNames.get(material)
    if (known) return known
    const materialName = (material.getName() || `material_${materialNames.size}`).replace(/\s+/g, '_')
    materialNames.set(material, materialName)
    const [r, g, b] = material.getBaseColorFactor()
    mtl.push(`newmtl ${materialName}`, `Kd ${fmt(r!)} ${fmt(g!)} ${fmt(b!)}`, 'Ka 0 0 0', 'Ks 0.1 0.1 0.1', 'illum 2')
    const mapped: Array<[string, Texture | null]> = [
      ['map_Kd', material.getBaseColorTexture()],
      ['map_Bump', material.getNormalTexture()],
    ]
    for (const [key, texture] of mapped) {
      const image = texture?.getImage()
      if (!texture || !image) continue
      const file = textureFileName(texture, `${materialName}_${key}`)
      textures.set(file, image)
      mtl.push(`${key} ${file}`)
    }
    mtl.push('')
    return materialName
  }

  const writePrimitive = (primitive: Primitive, world: Mat4, objectName: string) => {
    if (primitive.getMode() !== 4) return // triangles only
    const position = primitive.getAttribute('POSITION')
    if (!position) return
    const normal = primitive.getAttribute('NORMAL')
    const uv = primitive.getAttribute('TEXCOORD_0')
    lines.push(`o ${objectName}`, `usemtl ${materialNameOf(primitive)}`)
    const count = position.getCount()
    const element: number[] = []
    for (let i = 0; i < count; i++) {
      position.getElement(i, element)
      lines.push(`v ${transformPoint(world, element[0]!, element[1]!, element[2]!).map(fmt).join(' ')}`)
    }
    if (uv) {
      for (let i = 0; i < count; i++) {
        uv.getElement(i, element)
        // glTF puts the UV origin top-left, OBJ bottom-left.
        lines.push(`vt ${fmt(element[0]!)} ${fmt(1 - element[1]!)}`)
      }
    }
    if (normal) {
      for (let i = 0; i < count; i++) {
        normal.getElement(i, element)
        lines.push(`vn ${transformDirection(world, element[0]!, element[1]!, element[2]!).map(fmt).join(' ')}`)
      }
    }
    const indices = primitive.getIndices()
    const triangleCount = indices ? indices.getCount() / 3 : count / 3
    const corner = (i: number) => {
      const v = (indices ? indices.getScalar(i) : i) + vertexBase
      if (uv && normal) return `${v}/${v}/${v}`
      if (uv) return `${v}/${v}`
      if (normal) return `${v}//${v}`
      return `${v}`
    }
    for (let t = 0; t < triangleCount; t++) lines.push(`f ${corner(3 * t)} ${corner(3 * t + 1)} ${corner(3 * t + 2)}`)
    vertexBase += count
  }

  const visit = (node: Node) => {
    const mesh = node.getMesh()
    if (mesh) {
      const world = node.getWorldMatrix()
      mesh
        .listPrimitives()
        .forEach((primitive, i) =>
          writePrimitive(primitive, world, `${mesh.getName() || node.getName() || 'mesh'}_${i}`),
        )
    }
    node.listChildren().forEach(visit)
  }
  for (const scene of document.getRoot().listScenes()) scene.listChildren().forEach(visit)
  return { obj: `${lines.join('\n')}\n`, mtl: mtl.join('\n'), textures }
}
