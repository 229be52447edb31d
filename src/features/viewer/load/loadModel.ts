import { Group, type AnimationClip, type Object3D, type Texture, type WebGLRenderer } from 'three'
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js'
import { MTLLoader } from 'three/examples/jsm/loaders/MTLLoader.js'
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js'
import { USDLoader } from 'three/examples/jsm/loaders/USDLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { zipSync } from 'fflate'
import { disposeObject } from './disposeObject.ts'
import { takeSplit } from './splitGlb.ts'
import { resolveInZip, type ModelCandidate } from './pickModels.ts'
import { PreviewError } from './viewerErrors.ts'
import { zipResources } from './zipResources.ts'
import type { TextureSource, TextureSourceOf } from '../inspect/textureInventory.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

export interface LoadedModel {
  root: Object3D
  animations: AnimationClip[]
  /** The format and file bytes of a texture's image, where the file says. */
  textureSource: TextureSourceOf
  /** glTF's unit is the metre; OBJ and USD results do not say theirs. */
  lengthUnit: 'm' | 'units'
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
  const split = candidate.format === 'glb' ? takeSplit(bytes) : undefined
  if (split)
    loader.register(() => ({
      name: 'ark3d_split_buffer_views',
      loadBufferView: (index: number) => Promise.resolve(split.bufferViews[index]!),
    }))
  // GLTFLoader.parse also takes the parsed JSON itself, though its types do not say so.
  const source = split ? (split.json as unknown as string) : candidate.format === 'glb' ? bytes : text(bytes)
  const gltf = await loader.parseAsync(source, '')
  return {
    root: gltf.scene as Object3D,
    animations: gltf.animations,
    textureSource: gltfTextureSources(gltf.parser, candidate, files),
  }
}

const FORMAT_BY_MIME: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/ktx2': 'KTX2',
  'image/avif': 'AVIF',
}
const FORMAT_BY_EXTENSION: Record<string, string> = {
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  webp: 'WebP',
  ktx2: 'KTX2',
  avif: 'AVIF',
}
const formatOfPath = (path: string) => FORMAT_BY_EXTENSION[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'image'

interface GltfJson {
  textures?: Array<{ source?: number; extensions?: Record<string, { source?: number }> }>
  images?: Array<{ uri?: string; mimeType?: string; bufferView?: number }>
  bufferViews?: Array<{ byteLength: number }>
}

/** Each texture's image as the glTF declares it: the source its loader used, its type and its bytes. */
function gltfTextureSources(
  parser: { json: unknown; associations: Map<unknown, { textures?: number }> },
  candidate: ModelCandidate,
  files: Record<string, ArrayBuffer>,
): TextureSourceOf {
  const json = parser.json as GltfJson
  const describe = (textureIndex: number): TextureSource | undefined => {
    const def = json.textures?.[textureIndex]
    const ext = def?.extensions ?? {}
    const imageIndex =
      ext.KHR_texture_basisu?.source ?? ext.EXT_texture_webp?.source ?? ext.EXT_texture_avif?.source ?? def?.source
    const image = imageIndex === undefined ? undefined : json.images?.[imageIndex]
    if (!image) return undefined
    const imageKey = `image:${imageIndex}`
    if (image.bufferView !== undefined)
      return {
        format: FORMAT_BY_MIME[image.mimeType ?? ''] ?? image.mimeType ?? 'image',
        fileBytes: json.bufferViews?.[image.bufferView]?.byteLength,
        imageKey,
      }
    const uri = image.uri ?? ''
    if (uri.startsWith('data:')) {
      const mime = uri.slice(5, uri.indexOf(';'))
      return {
        format: FORMAT_BY_MIME[mime] ?? 'image',
        fileBytes: Math.floor(((uri.length - uri.indexOf(',') - 1) * 3) / 4),
        imageKey,
      }
    }
    const path = resolveInZip(candidate.path, decodeURIComponent(uri))
    return {
      format: FORMAT_BY_MIME[image.mimeType ?? ''] ?? formatOfPath(path),
      fileBytes: files[path]?.byteLength,
      imageKey: `file:${path}`,
    }
  }
  // By the Texture itself (a clone shares its source but may come from another glTF texture), then by source.
  const byTexture = new Map<Texture, TextureSource | undefined>()
  const bySource = new Map<string, TextureSource | undefined>()
  for (const [object, mapping] of parser.associations)
    if ((object as Texture).isTexture && mapping.textures !== undefined) {
      const described = describe(mapping.textures)
      byTexture.set(object as Texture, described)
      bySource.set((object as Texture).source.uuid, described)
    }
  return (texture) => byTexture.get(texture) ?? bySource.get(texture.source.uuid)
}

/** OBJ and USD textures come through the zip's blob URLs: the URL names the file. */
function urlTextureSources(
  resources: ReturnType<typeof zipResources>,
  files: Record<string, ArrayBuffer>,
): TextureSourceOf {
  return (texture) => {
    const src = (texture.image as { src?: string } | undefined)?.src
    const path = src ? resources.pathOf(src) : undefined
    return path
      ? { format: formatOfPath(path), fileBytes: files[path]?.byteLength, imageKey: `file:${path}` }
      : undefined
  }
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
  return { root: loader.parse(source) as Object3D, animations: [], textureSource: urlTextureSources(resources, files) }
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
  return new Promise<Omit<LoadedModel, 'dispose' | 'lengthUnit'>>((resolve, reject) => {
    try {
      new USDLoader(resources.manager).parse(
        usdPackage(candidate, files),
        '',
        (group: Group) => resolve({ root: group, animations: [], textureSource: urlTextureSources(resources, files) }),
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
      lengthUnit: candidate.format === 'glb' || candidate.format === 'gltf' ? 'm' : 'units',
      dispose: () => {
        disposeObject(loaded.root)
        resources.dispose()
      },
    }
  } catch (error) {
    resources.dispose()
    throw new PreviewError(
      'unreadable-model',
      `${candidate.path.split('/').pop()} could not be read: ${errorMessage(error)}`,
    )
  }
}
