import type { AnimationClip, Object3D, WebGLRenderer } from 'three'
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js'
import { createDecoders, loadModel } from '../load/loadModel.ts'
import { modelFacts } from '../load/modelFacts.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import { gltfToGlbInWorker } from './convertInWorker.ts'

export interface ConvertedGlb {
  glb: ArrayBuffer
  triangles: number
  steps: string[]
}

/**
 * Any result three can read, as one GLB. A .gltf is packed losslessly by glTF Transform in a
 * worker; OBJ and USD go through three's GLTFExporter, which needs the scene graph three built, so
 * it runs on this thread (it yields while it encodes each texture). It exports `shown` (the model on
 * screen) when that one wears its own materials, else a fresh copy: parsing USD again is the costly part.
 */
export async function convertToGlb(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  renderer: WebGLRenderer,
  shown?: { root: Object3D; animations: AnimationClip[] },
): Promise<ConvertedGlb> {
  if (candidate.format === 'gltf') return gltfToGlbInWorker(candidate.path, files)
  const decoders = shown ? undefined : createDecoders(renderer)
  const model = shown ?? (await loadModel(candidate, files, decoders!))
  try {
    const glb = (await new GLTFExporter().parseAsync(model.root, {
      binary: true,
      animations: model.animations,
    })) as ArrayBuffer
    return {
      glb,
      triangles: modelFacts(model.root, []).triangles,
      steps: [`converted from ${candidate.format.toUpperCase()}`],
    }
  } finally {
    if (!shown) (model as Awaited<ReturnType<typeof loadModel>>).dispose()
    decoders?.dispose()
  }
}
