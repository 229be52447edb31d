import type { PrefilteredFace } from './prefilterProtocol.ts'

const MAGIC = 'ARKPMREM'
const VERSION = 1
const HEADER_BYTES = 8 + 4 * 3

/**
 * A prefiltered cube environment as one file: "ARKPMREM", version, face size and mip levels
 * (little-endian u32), then each face's levels, largest first, as RGBA half floats.
 */
export function packPrefiltered(faces: PrefilteredFace[]): ArrayBuffer {
  const levels = faces[0]!.mipmaps.length
  const dataBytes = faces.reduce((sum, face) => sum + face.mipmaps.reduce((s, m) => s + m.data.byteLength, 0), 0)
  const buffer = new ArrayBuffer(HEADER_BYTES + dataBytes)
  const bytes = new Uint8Array(buffer)
  bytes.set(new TextEncoder().encode(MAGIC))
  const header = new DataView(buffer, 8, 12)
  header.setUint32(0, VERSION, true)
  header.setUint32(4, faces[0]!.width, true)
  header.setUint32(8, levels, true)
  let offset = HEADER_BYTES
  for (const face of faces)
    for (const level of face.mipmaps) {
      bytes.set(new Uint8Array(level.data.buffer, level.data.byteOffset, level.data.byteLength), offset)
      offset += level.data.byteLength
    }
  return buffer
}

/** The faces of a packed file; throws on anything else. The levels are views of `buffer`, not copies. */
export function unpackPrefiltered(buffer: ArrayBuffer): PrefilteredFace[] {
  if (buffer.byteLength < HEADER_BYTES || new TextDecoder().decode(new Uint8Array(buffer, 0, 8)) !== MAGIC)
    throw new Error('not a prefiltered environment')
  const header = new DataView(buffer, 8, 12)
  if (header.getUint32(0, true) !== VERSION) throw new Error('a prefiltered environment of another version')
  const size = header.getUint32(4, true)
  const levels = header.getUint32(8, true)
  let offset = HEADER_BYTES
  const faces = Array.from({ length: 6 }, () => ({
    width: size,
    height: size,
    mipmaps: Array.from({ length: levels }, (_, level) => {
      const side = size >> level
      const length = side * side * 4
      if (offset + length * 2 > buffer.byteLength) throw new Error('a truncated prefiltered environment')
      const data = new Uint16Array(buffer, offset, length)
      offset += length * 2
      return { width: side, height: side, data }
    }),
  }))
  if (offset !== buffer.byteLength) throw new Error('a prefiltered environment with trailing bytes')
  return faces
}

/**
 * three samples a cube texture made from data mirrored in x (`flipEnvMap` = -1), unlike the render
 * target its PMREM writes. These faces, read back from that target, are mirrored to match: +X and
 * -X trade places and every level of every face is flipped left to right.
 */
export function mirrorForCubeTexture(faces: PrefilteredFace[]): PrefilteredFace[] {
  const order = [1, 0, 2, 3, 4, 5]
  return order.map((from) => {
    const face = faces[from]!
    return {
      ...face,
      mipmaps: face.mipmaps.map(({ width, height, data }) => {
        const flipped = new Uint16Array(data.length)
        for (let row = 0; row < height; row++)
          for (let column = 0; column < width; column++) {
            const source = (row * width + column) * 4
            const target = (row * width + (width - 1 - column)) * 4
            flipped.set(data.subarray(source, source + 4), target)
          }
        return { width, height, data: flipped }
      }),
    }
  })
}
