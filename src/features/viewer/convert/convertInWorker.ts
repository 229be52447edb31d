import { callWorker } from '../load/callWorker.ts'
import type { ConvertRequest, ConvertResponse, OptimizeOptions } from './convertProtocol.ts'

const spawn = () => new Worker(new URL('./convert.worker.ts', import.meta.url), { type: 'module' })

async function call(request: ConvertRequest, transfer: Transferable[]) {
  const answer = await callWorker<ConvertRequest, ConvertResponse>(spawn, request, transfer)
  if (!answer.ok) throw new Error(answer.message)
  return answer
}

/** glTF Transform in a worker: weld, simplify, compress, resize. The source bytes are copied in. */
export const optimizeInWorker = (glb: ArrayBuffer, options: OptimizeOptions) => {
  const copy = glb.slice(0)
  return call({ kind: 'optimize', glb: copy, options }, [copy])
}

/** A .gltf with its .bin and images, packed losslessly as one GLB. */
export const gltfToGlbInWorker = (modelPath: string, files: Record<string, ArrayBuffer>) =>
  call({ kind: 'gltf-to-glb', modelPath, files }, [])
