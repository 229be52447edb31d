import { readFile } from 'node:fs/promises'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import draco3d from 'draco3dgltf'
import { MeshoptDecoder } from 'meshoptimizer'

export interface AssetFacts {
  triangles: number
  vertices: number
  meshes: number
  clips: string[]
  /** Each texture's `width×height`, as glTF Transform reads it from the image's own header (PNG, JPEG, KTX2). */
  textureSizes: string[]
}

/** Counts a sample GLB with glTF Transform, independently of three.js, to check the viewer's facts. */
export async function glbFacts(assetName: string): Promise<AssetFacts> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'draco3d.decoder': await draco3d.createDecoderModule(), 'meshopt.decoder': MeshoptDecoder })
  const document = await io.readBinary(
    await readFile(new URL(`../../server/demo/assets/${assetName}`, import.meta.url)),
  )
  const facts: AssetFacts = {
    triangles: 0,
    vertices: 0,
    meshes: 0,
    clips: document
      .getRoot()
      .listAnimations()
      .map((a) => a.getName()),
    textureSizes: document
      .getRoot()
      .listTextures()
      .map((t) => t.getSize()!.join('×')),
  }
  for (const node of document.getRoot().listNodes()) {
    for (const primitive of node.getMesh()?.listPrimitives() ?? []) {
      const positions = primitive.getAttribute('POSITION')!.getCount()
      facts.meshes++
      facts.vertices += positions
      facts.triangles += (primitive.getIndices()?.getCount() ?? positions) / 3
    }
  }
  return facts
}
