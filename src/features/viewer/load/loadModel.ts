import { Group, type AnimationClip, type Object3D, type WebGLRenderer } from 'three'
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js'
import { MTLLoader } from 'three/examples/jsm/loaders/MTLLoader.js'
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js'
import { USDLoader } from 'three/examples/jsm/loaders/USDLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { zipSync } from 'three/examples/jsm/libs/fflate.module.js'
import { disposeObject } from './disposeObject.ts'
import { resolveInZip, type ModelCandidate } from './pickModels.ts'
import { PreviewError } from './viewerErrors.ts'
import { zipResources } from './zipResources.ts'

export interface LoadedModel {
  root: Object3D
  animations: AnimationClip[]
  /** Frees geometries, materials, textures and blob URLs. */
  dispose: () => void
}

/** Decoders shared by the loads of one viewer; their workers end with `dispose`. */
export function createDecoders(renderer: WebGLRenderer) {
  const draco = new DRACOLoader().setDecoderPath('/decoders/draco/')
  const ktx2 = new KTX2Loader().setTranscoderPath('/decoders/basis/').detectSupport(renderer)
  return {
    draco,
    ktx2,
    dispose: () => {
      draco.dispose()
      ktx2.dispose()
    },
  }
}
export type Decoders = ReturnType<typeof createDecoders>

const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes)

async function loadGltf(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  decoders: Decoders,
  resources: ReturnType<typeof zipResources>,
) {
  const loader = new GLTFLoader(resources.manager)
    .setDRACOLoader(decoders.draco)
    .setKTX2Loader(decoders.ktx2)
    .setMeshoptDecoder(MeshoptDecoder)
  const bytes = files[candidate.path]!
  const gltf = await loader.parseAsync(candidate.format === 'glb' ? bytes : text(bytes), '')
  return { root: gltf.scene as Object3D, animations: gltf.animations }
}

async function loadObj(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  resources: ReturnType<typeof zipResources>,
) {
  const source = text(files[candidate.path]!)
  const loader = new OBJLoader(resources.manager)
  const mtlNames = [...source.matchAll(/^mtllib\s+(.+?)\s*$/gm)].map((m) => m[1]!)
  for (const name of mtlNames) {
    const mtl = files[resolveInZip(candidate.path, name)]
    if (!mtl) continue
    const materials = new MTLLoader(resources.manager).parse(text(mtl), '')
    materials.preload()
    loader.setMaterials(materials)
  }
  return { root: loader.parse(source) as Object3D, animations: [] }
}

/** A `usd` result is a folder: repack the layer (first) and its textures as a usdz for three's USDLoader. */
function usdPackage(candidate: ModelCandidate, files: Record<string, ArrayBuffer>): ArrayBuffer {
  if (candidate.path.toLowerCase().endsWith('.usdz')) return files[candidate.path]!
  const folder = candidate.path.split('/').slice(0, -1).join('/')
  const prefix = folder ? `${folder}/` : ''
  const entries: Record<string, Uint8Array> = {
    [candidate.path.slice(prefix.length)]: new Uint8Array(files[candidate.path]!),
  }
  for (const [path, bytes] of Object.entries(files)) {
    if (path !== candidate.path && path.startsWith(prefix) && /\.(png|jpe?g|avif)$/i.test(path))
      entries[path.slice(prefix.length)] = new Uint8Array(bytes)
  }
  return zipSync(entries, { level: 0 }).buffer as ArrayBuffer
}

function loadUsd(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  resources: ReturnType<typeof zipResources>,
) {
  return new Promise<{ root: Object3D; animations: AnimationClip[] }>((resolve, reject) => {
    try {
      new USDLoader(resources.manager).parse(
        usdPackage(candidate, files),
        '',
        (group: Group) => resolve({ root: group, animations: [] }),
        reject,
      )
    } catch (error) {
      reject(error)
    }
  })
}

/** Parses one model of an unzipped result into a scene graph, its textures loaded. */
export async function loadModel(
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
  decoders: Decoders,
): Promise<LoadedModel> {
  const resources = zipResources(files, candidate.path)
  try {
    const loaded =
      candidate.format === 'glb' || candidate.format === 'gltf'
        ? await loadGltf(candidate, files, decoders, resources)
        : candidate.format === 'obj'
          ? await loadObj(candidate, files, resources)
          : await loadUsd(candidate, files, resources)
    await resources.idle()
    return {
      ...loaded,
      dispose: () => {
        disposeObject(loaded.root)
        resources.dispose()
      },
    }
  } catch (error) {
    resources.dispose()
    throw new PreviewError(
      'unreadable-model',
      `${candidate.path.split('/').pop()} could not be read: ${(error as Error)?.message ?? error}`,
    )
  }
}
