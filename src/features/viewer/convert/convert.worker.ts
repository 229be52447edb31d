/// <reference lib="webworker" />
import { Logger, WebIO, type Document } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, draco, meshopt, prune, simplify, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { resolveInZip } from '../load/pickModels.ts'
import type { ConvertRequest, ConvertResponse, OptimizeOptions } from './convertProtocol.ts'
import { dracoModules } from './dracoModules.ts'
import { resizeTextures } from './resizeTextures.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** Draco's two wasm modules load only when the source or the output uses Draco. */
async function io(withDraco: boolean) {
  await MeshoptDecoder.ready
  await MeshoptEncoder.ready
  const reader = new WebIO()
    .setLogger(new Logger(Logger.Verbosity.WARN))
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder })
  if (!withDraco) return reader
  const { encoder, decoder } = await dracoModules()
  return reader.registerDependencies({ 'draco3d.decoder': decoder, 'draco3d.encoder': encoder })
}

/** Whether a GLB's JSON names Draco, read from its header without parsing the whole file. */
function usesDraco(glb: ArrayBuffer): boolean {
  const jsonLength = new DataView(glb).getUint32(12, true)
  return new TextDecoder().decode(new Uint8Array(glb, 20, jsonLength)).includes('KHR_draco_mesh_compression')
}

export function triangleCount(document: Document): number {
  let triangles = 0
  for (const mesh of document.getRoot().listMeshes())
    for (const primitive of mesh.listPrimitives()) {
      if (primitive.getMode() !== 4) continue
      triangles += (primitive.getIndices()?.getCount() ?? primitive.getAttribute('POSITION')?.getCount() ?? 0) / 3
    }
  return Math.round(triangles)
}

async function optimize(glb: ArrayBuffer, options: OptimizeOptions) {
  const reader = await io(options.compression === 'draco' || usesDraco(glb))
  const document = await reader.readBinary(new Uint8Array(glb))
  const steps: string[] = []
  // Compression extensions of the source are decoded on read; the output states its own.
  for (const name of ['KHR_draco_mesh_compression', 'EXT_meshopt_compression'])
    document
      .getRoot()
      .listExtensionsUsed()
      .find((e) => e.extensionName === name)
      ?.dispose()
  const transforms = [dedup()]
  if (options.weld || options.simplifyRatio < 1) {
    transforms.push(weld())
    steps.push('welded')
  }
  if (options.simplifyRatio < 1) {
    transforms.push(simplify({ simplifier: MeshoptSimplifier, ratio: options.simplifyRatio, error: 0.01 }))
    steps.push(`simplified to ${Math.round(options.simplifyRatio * 100)} % of the triangles`)
  }
  if (options.maxTextureSize) {
    transforms.push(resizeTextures(options.maxTextureSize))
    steps.push(`textures resized to at most ${options.maxTextureSize} px`)
  }
  // keepSolidTextures: finding one-colour textures decodes every image pixel by pixel, which takes far longer than the rest.
  transforms.push(prune({ keepSolidTextures: true }))
  await document.transform(...transforms)
  if (options.compression === 'meshopt') {
    await document.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
    steps.push('Meshopt compression')
  } else if (options.compression === 'draco') {
    await document.transform(draco())
    steps.push('Draco compression')
  }
  const out = await reader.writeBinary(document)
  return { glb: out.slice().buffer as ArrayBuffer, triangles: triangleCount(document), steps }
}

async function gltfToGlb(modelPath: string, files: Record<string, ArrayBuffer>) {
  const reader = await io(new TextDecoder().decode(files[modelPath]!).includes('KHR_draco_mesh_compression'))
  const json = JSON.parse(new TextDecoder().decode(files[modelPath]!)) as {
    buffers?: Array<{ uri?: string }>
    images?: Array<{ uri?: string }>
  }
  const resources: Record<string, Uint8Array<ArrayBuffer>> = {}
  for (const item of [...(json.buffers ?? []), ...(json.images ?? [])]) {
    if (!item.uri || item.uri.startsWith('data:')) continue
    const bytes = files[resolveInZip(modelPath, decodeURIComponent(item.uri))]
    if (!bytes) throw new Error(`${item.uri} is not in the zip`)
    resources[item.uri] = new Uint8Array(bytes)
  }
  const document = await reader.readJSON({ json: json as never, resources })
  const out = await reader.writeBinary(document)
  return { glb: out.slice().buffer as ArrayBuffer, triangles: triangleCount(document), steps: ['packed as GLB'] }
}

self.onmessage = async (event: MessageEvent<ConvertRequest>) => {
  const request = event.data
  let answer: ConvertResponse
  try {
    const result =
      request.kind === 'optimize'
        ? await optimize(request.glb, request.options)
        : await gltfToGlb(request.modelPath, request.files)
    answer = { ok: true, ...result }
  } catch (error) {
    answer = { ok: false, message: errorMessage(error) }
  }
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(answer, answer.ok ? [answer.glb] : [])
}
