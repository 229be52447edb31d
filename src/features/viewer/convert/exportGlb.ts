import type { WebGLRenderer } from 'three'
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js'
import { createDecoders, loadModel } from '../load/loadModel.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import { gltfToGlbInWorker } from './convertInWorker.ts'

export interface ConvertedGlb {
  glb: ArrayBuffer
  triangles: number
  steps: string[]
}

/**
 * Any result three can read, as one GLB. A .gltf is packed losslessly by glTF Transform in a
 * worker; OBJ and USD go through three's GLTFExporter, from a fresh copy of the model (the one on
 * screen may wear a display mode's materials). GLTFExporter needs the scene graph three built, so it
 * runs on this thread; it yields while it encodes each texture.
 */
export async function convertToGlb(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  renderer: WebGLRenderer,
): Promise<ConvertedGlb> {
  if (candidate.format === 'gltf') return gltfToGlbInWorker(candidate.path, files)
  const decoders = createDecoders(renderer)
  const model = await loadModel(candidate, files, decoders)
  try {
    let triangles = 0
    model.root.traverse((object) => {
      const geometry = (object as { isMesh?: boolean; geometry?: import('three').BufferGeometry }).geometry
      if (!(object as { isMesh?: boolean }).isMesh || !geometry) return
      triangles += (geometry.index?.count ?? geometry.getAttribute('position')?.count ?? 0) / 3
    })
    const glb = (await new GLTFExporter().parseAsync(model.root, {
      binary: true,
      animations: model.animations,
    })) as ArrayBuffer
    return { glb, triangles: Math.round(triangles), steps: [`converted from ${candidate.format.toUpperCase()}`] }
  } finally {
    model.dispose()
    decoders.dispose()
  }
}
