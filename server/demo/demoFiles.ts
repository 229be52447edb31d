import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { NodeIO, type Document } from '@gltf-transform/core'
import { ALL_EXTENSIONS, KHRDracoMeshCompression, KHRMaterialsUnlit } from '@gltf-transform/extensions'
import draco3d from 'draco3dgltf'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { objFromGltf } from './objFromGltf.ts'
import type { DemoZipKind } from './demoCatalog.ts'

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url))

export const readAsset = (name: string) => readFile(`${ASSETS}${name}`)

let ioPromise: Promise<NodeIO> | undefined
function gltfIO(): Promise<NodeIO> {
  ioPromise ??= (async () => {
    await MeshoptDecoder.ready
    await MeshoptEncoder.ready
    return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
      'draco3d.decoder': await draco3d.createDecoderModule(),
      'draco3d.encoder': await draco3d.createEncoderModule(),
      'meshopt.decoder': MeshoptDecoder,
      'meshopt.encoder': MeshoptEncoder,
    })
  })()
  return ioPromise
}

/** Seed3D's "rgb" variant: the same mesh with baked colour only, shown unlit. */
function toRgbVariant(document: Document): Document {
  const unlit = document.createExtension(KHRMaterialsUnlit)
  for (const material of document.getRoot().listMaterials()) {
    material.setMetallicRoughnessTexture(null).setNormalTexture(null).setOcclusionTexture(null)
    material.setExtension('KHR_materials_unlit', unlit.createUnlit())
  }
  return document
}

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, typeof data === 'string' ? strToU8(data) : data]),
  )
  // A fixed date keeps the bytes of a demo zip the same across restarts.
  return zipSync(entries, { level: 6, mtime: new Date('2025-11-25T00:00:00Z') })
}

async function buildZip(kind: DemoZipKind): Promise<Uint8Array> {
  switch (kind) {
    case 'glb-robot':
      return zipOf({ 'robot_expressive.glb': await readAsset('robot-expressive-animated.glb') })
    case 'glb-plant':
      return zipOf({ 'potted_plant.glb': await readAsset('plant-draco.glb') })
    case 'glb-variants': {
      const io = await gltfIO()
      const pbr = await readAsset('pocket-watch-meshopt-ktx2.glb')
      const rgb = await io.writeBinary(toRgbVariant(await io.readBinary(pbr)))
      return zipOf({ 'pocket_watch/pbr/pocket_watch.glb': pbr, 'pocket_watch/rgb/pocket_watch.glb': rgb })
    }
    case 'obj': {
      const io = await gltfIO()
      const bundle = objFromGltf(await io.readBinary(await readAsset('plant-draco.glb')), 'potted_plant')
      const files: Record<string, Uint8Array | string> = {
        'potted_plant/potted_plant.obj': bundle.obj,
        'potted_plant/potted_plant.mtl': bundle.mtl,
      }
      for (const [path, bytes] of bundle.textures) files[`potted_plant/${path}`] = bytes
      return zipOf(files)
    }
    case 'usdz':
      return zipOf({ 'alarm_clock.usdz': await readAsset('alarm-clock.usdz') })
    case 'usd': {
      // A usdz is itself an uncompressed zip of the USD layer and its textures: unpack it into
      // the folder layout a `usd` result has.
      const inner = unzipSync(await readAsset('alarm-clock.usdz'))
      const files: Record<string, Uint8Array> = {}
      for (const [name, bytes] of Object.entries(inner)) {
        if (name.endsWith('/')) continue
        const path = name.endsWith('.usdc') ? 'alarm_clock.usd' : name
        files[`alarm_clock/${path}`] = bytes
      }
      return zipOf(files)
    }
    case 'corrupt-zip': {
      // A real zip cut in half: the central directory at its end is gone.
      const whole = await zipOf({ 'potted_plant.glb': await readAsset('plant-draco.glb') })
      return whole.slice(0, Math.floor(whole.length / 2))
    }
    case 'no-model':
      return zipOf({
        'README.txt': 'This result holds no model.\n',
        'preview.png': await readAsset('../../../public/favicon.svg'),
      })
    case 'large-glb':
      return zipOf({ 'large_scene/large_scene.glb': await largeGlb() })
    case 'faces-200k':
      return zipOf({ 'plant_grid/plant_grid.glb': await largeGlb(PLANT_COPIES['200k']) })
    case 'faces-200k-bare':
      return largeGlb(PLANT_COPIES['200k'])
    case 'faces-1m':
      return zipOf({ 'plant_grid/plant_grid.glb': await largeGlb(PLANT_COPIES['1m']) })
    case 'faces-1m-bare':
      return largeGlb(PLANT_COPIES['1m'])
    case 'large-glb-bare':
      return largeGlb()
    case 'pocket-watch':
      return zipOf({ 'pocket_watch/pocket_watch.glb': await readAsset('pocket-watch-meshopt-ktx2.glb') })
    case 'invalid-glb':
      return zipOf({ 'robot_expressive.glb': await invalidGlb() })
    case 'truncated-glb': {
      const glb = await readAsset('robot-expressive-animated.glb')
      return zipOf({ 'robot_expressive.glb': glb.subarray(0, Math.floor(glb.length * 0.6)) })
    }
  }
}

/**
 * The robot with one accessor's declared maximum made wrong: three still draws it, and the glTF
 * validator must report ACCESSOR_MAX_MISMATCH, an error.
 */
async function invalidGlb(): Promise<Uint8Array> {
  const glb = await readAsset('robot-expressive-animated.glb')
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    accessors: Array<{ max?: number[] }>
  }
  const accessor = json.accessors.find((a) => a.max)!
  accessor.max = accessor.max!.map((v) => v + 1)
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const newJson = new TextEncoder().encode(text)
  const rest = glb.subarray(20 + jsonLength)
  const out = new Uint8Array(20 + newJson.length + rest.length)
  const outView = new DataView(out.buffer)
  out.set(glb.subarray(0, 20))
  outView.setUint32(8, out.length, true)
  outView.setUint32(12, newJson.length, true)
  out.set(newJson, 20)
  out.set(rest, 20 + newJson.length)
  return out
}

const plantGrids = new Map<number, Promise<Uint8Array>>()

/** Copies of the 6,097-triangle plant for about 200 k and 1 M faces (Seed3D "high", and beyond). */
export const PLANT_COPIES = { '200k': 33, '1m': 164 } as const

/**
 * A large real scene for the benchmark: the potted plant (Draco decoded) repeated on a grid, each
 * copy with its own vertex data so the zip cannot fold the copies together (~40 MB zipped).
 */
function largeGlb(copies = 360): Promise<Uint8Array> {
  const cached = plantGrids.get(copies)
  if (cached) return cached
  const built = (async () => {
    const io = await gltfIO()
    const document = await io.readBinary(await readAsset('plant-draco.glb'))
    document.createExtension(KHRDracoMeshCompression).dispose()
    const root = document.getRoot()
    const scene = root.listScenes()[0]!
    const sourceNodes = root.listNodes().filter((node) => node.getMesh())
    const side = Math.ceil(Math.sqrt(copies))
    for (let copy = 1; copy < copies; copy++) {
      const [dx, dz] = [(copy % side) * 0.6, Math.floor(copy / side) * 0.6]
      for (const node of sourceNodes) {
        const mesh = document.createMesh(`${node.getMesh()!.getName()}_${copy}`)
        for (const primitive of node.getMesh()!.listPrimitives()) {
          const clone = document.createPrimitive().setMaterial(primitive.getMaterial()).setMode(primitive.getMode())
          for (const semantic of primitive.listSemantics()) {
            const source = primitive.getAttribute(semantic)!
            const array = source.getArray()!.slice()
            if (semantic === 'POSITION') {
              for (let i = 0; i < array.length; i += 3) {
                array[i] = (array[i] as number) + dx
                array[i + 2] = (array[i + 2] as number) + dz
              }
            }
            clone.setAttribute(
              semantic,
              document.createAccessor().setType(source.getType()).setArray(array).setBuffer(root.listBuffers()[0]!),
            )
          }
          const indices = primitive.getIndices()
          if (indices)
            clone.setIndices(
              document
                .createAccessor()
                .setType('SCALAR')
                .setArray(indices.getArray()!.slice())
                .setBuffer(root.listBuffers()[0]!),
            )
          mesh.addPrimitive(clone)
        }
        scene.addChild(document.createNode(`${node.getName()}_${copy}`).setMesh(mesh).setMatrix(node.getWorldMatrix()))
      }
    }
    return io.writeBinary(document)
  })()
  plantGrids.set(copies, built)
  return built
}

const built = new Map<DemoZipKind, Promise<Uint8Array>>()

/** The zip a succeeded demo task of this kind returns, built once from the sample assets. */
export function demoZip(kind: DemoZipKind): Promise<Uint8Array> {
  let zip = built.get(kind)
  if (!zip) {
    zip = buildZip(kind)
    built.set(kind, zip)
    zip.catch(() => built.delete(kind))
  }
  return zip
}
