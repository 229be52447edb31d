import { describe, expect, it } from 'vitest'
import { mirrorForCubeTexture, packPrefiltered, unpackPrefiltered } from './pmremFile.ts'
import type { PrefilteredFace } from './prefilterProtocol.ts'

/** Six faces of 8 px with two levels, each texel's value saying where it came from. */
const faces: PrefilteredFace[] = Array.from({ length: 6 }, (_, face) => ({
  width: 8,
  height: 8,
  mipmaps: [8, 4].map((side, level) => ({
    width: side,
    height: side,
    data: Uint16Array.from({ length: side * side * 4 }, (_, i) => face * 1000 + level * 300 + Math.floor(i / 4)),
  })),
}))

describe('the prefiltered environment file', () => {
  it('gives back exactly the faces and levels it was given', () => {
    const unpacked = unpackPrefiltered(packPrefiltered(faces))
    expect(unpacked).toHaveLength(6)
    unpacked.forEach((face, f) => {
      expect(face.width).toBe(8)
      face.mipmaps.forEach((level, l) => expect(Array.from(level.data)).toEqual(Array.from(faces[f]!.mipmaps[l]!.data)))
    })
  })

  it('refuses another file, a truncated one and one with bytes left over', () => {
    const packed = packPrefiltered(faces)
    expect(() => unpackPrefiltered(new TextEncoder().encode('#?RADIANCE\n').buffer)).toThrow(/not a prefiltered/)
    expect(() => unpackPrefiltered(packed.slice(0, packed.byteLength - 2))).toThrow(/truncated/)
    const longer = new Uint8Array(packed.byteLength + 2)
    longer.set(new Uint8Array(packed))
    expect(() => unpackPrefiltered(longer.buffer)).toThrow(/trailing/)
  })

  it('mirrors in x for three: +X and -X trade places, each row reversed, and twice is the original', () => {
    const mirrored = mirrorForCubeTexture(faces)
    const texel = (face: PrefilteredFace, row: number, column: number) => face.mipmaps[0]!.data[(row * 8 + column) * 4]
    expect(texel(mirrored[0]!, 2, 0)).toBe(texel(faces[1]!, 2, 7))
    expect(texel(mirrored[1]!, 5, 6)).toBe(texel(faces[0]!, 5, 1))
    expect(texel(mirrored[4]!, 3, 3)).toBe(texel(faces[4]!, 3, 4))
    const twice = mirrorForCubeTexture(mirrored)
    twice.forEach((face, f) =>
      expect(Array.from(face.mipmaps[1]!.data)).toEqual(Array.from(faces[f]!.mipmaps[1]!.data)),
    )
  })
})
