import { readFile } from 'node:fs/promises'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { BufferGeometry, Mesh } from 'three'
import { describe, expect, it } from 'vitest'
import { splitGlb } from './splitGlb.ts'

const asset = async (name: string) => {
  const bytes = await readFile(new URL(`../../../../server/demo/assets/${name}`, import.meta.url))
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

const geometries = (gltf: GLTF) => {
  const found: BufferGeometry[] = []
  gltf.scene.traverse((o) => (o as Mesh).isMesh && found.push((o as Mesh).geometry))
  return found
}

describe('splitGlb', () => {
  it('gives GLTFLoader the same geometry and animations as it reads from the whole GLB', async () => {
    const glb = await asset('robot-expressive-animated.glb')
    const split = splitGlb(glb)!
    expect(split.bufferViews.length).toBe(split.json.bufferViews!.length)
    const whole = await new GLTFLoader().parseAsync(glb.slice(0), '')
    const fromSplit = await new GLTFLoader()
      .register(() => ({
        name: 'split',
        loadBufferView: (index: number) => Promise.resolve(split.bufferViews[index]!),
      }))
      .parseAsync(split.json as unknown as string, '')
    const [a, b] = [geometries(whole), geometries(fromSplit)]
    expect(b.length).toBe(a.length)
    expect(a.length).toBeGreaterThan(0)
    a.forEach((geometry, i) => {
      expect(Object.keys(b[i]!.attributes)).toEqual(Object.keys(geometry.attributes))
      for (const [name, attribute] of Object.entries(geometry.attributes))
        expect(Array.from(b[i]!.attributes[name]!.array as ArrayLike<number>)).toEqual(
          Array.from(attribute.array as ArrayLike<number>),
        )
      expect(Array.from(b[i]!.index!.array)).toEqual(Array.from(geometry.index!.array))
    })
    expect(fromSplit.animations.map((c) => [c.name, c.tracks.length])).toEqual(
      whole.animations.map((c) => [c.name, c.tracks.length]),
    )
    expect(Array.from(fromSplit.animations[0]!.tracks[0]!.values)).toEqual(
      Array.from(whole.animations[0]!.tracks[0]!.values),
    )
  })

  it('each view holds exactly its bytes of the binary chunk', async () => {
    const glb = await asset('plant-draco.glb')
    const split = splitGlb(glb)!
    const binStart = 12 + 8 + new DataView(glb).getUint32(12, true) + 8
    split.json.bufferViews!.forEach((def, i) => {
      const from = binStart + (def.byteOffset ?? 0)
      expect(Buffer.from(split.bufferViews[i]!).equals(Buffer.from(glb, from, def.byteLength))).toBe(true)
    })
  })

  it('leaves meshopt, truncated and non-GLB bytes to the loader', async () => {
    expect(splitGlb(await asset('pocket-watch-meshopt-ktx2.glb'))).toBeUndefined()
    const robot = await asset('robot-expressive-animated.glb')
    expect(splitGlb(robot.slice(0, robot.byteLength / 2))).toBeUndefined()
    expect(splitGlb(new TextEncoder().encode('{"asset":{"version":"2.0"}}').buffer as ArrayBuffer)).toBeUndefined()
    expect(splitGlb(new ArrayBuffer(0))).toBeUndefined()
  })
})
