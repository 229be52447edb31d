import {
  CompressedCubeTexture,
  type Scene,
  type Texture,
  HalfFloatType,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  RGBAFormat,
  type CompressedPixelFormat,
  type CompressedTextureMipmap,
} from 'three'
import { callWorker } from '../load/callWorker.ts'
import type { FetchFileRequest, FetchFileResponse } from './fetchFileProtocol.ts'
import { unpackPrefiltered } from './pmremFile.ts'

export const STUDIO_HDR = '/hdr/studio_small_08_1k.hdr'
/** STUDIO_HDR prefiltered by `scripts/prefilter-studio-light.ts` (three's PMREM, in Chromium). */
export const STUDIO_PMREM = '/hdr/studio_small_08_1k.pmrem'

let loading: Promise<CompressedCubeTexture | null> | undefined

/**
 * The studio light, prefiltered ahead of time: three's PMREM of the HDR costs seconds of GPU time
 * under a software GPU (and a long main-thread task) in each viewer's first frame; loading its
 * result (half floats, read by a worker) costs an upload. Fetched once per page and shared
 * by every viewer; the texture lives as long as the page, each renderer freeing its copy with its
 * context. Null when the file cannot be had: the viewer then prefilters the HDR itself.
 */
export function studioEnvironmentOrNull(): Promise<CompressedCubeTexture | null> {
  loading ??= fetchOffTheMainThread(new URL(STUDIO_PMREM, location.href).href)
    .then(studioEnvironmentOf)
    .catch((error) => {
      console.warn(`ark3d: the prefiltered studio light could not be loaded (${error}); prefiltering the HDR instead.`)
      return null
    })
  return loading
}

/** The studio light from the bytes of STUDIO_PMREM. */
export function studioEnvironmentOf(buffer: ArrayBuffer): CompressedCubeTexture {
  return cubeTextureOf(
    unpackPrefiltered(buffer).map((face) => ({
      width: face.width,
      height: face.height,
      mipmaps: face.mipmaps as CompressedTextureMipmap[],
    })),
  )
}

/** A file's bytes, read by a worker (see fetchFile.worker); the viewer unzips in one too. */
async function fetchOffTheMainThread(url: string): Promise<ArrayBuffer> {
  const answer = await callWorker<FetchFileRequest, FetchFileResponse>(
    () => new Worker(new URL('./fetchFile.worker.ts', import.meta.url), { type: 'module' }),
    { url },
  )
  if ('error' in answer) throw new Error(answer.error)
  return answer.bytes
}

type Faces = ConstructorParameters<typeof CompressedCubeTexture>[0]

function cubeTextureOf(faces: Faces): CompressedCubeTexture {
  // three uploads an RGBA "compressed" cube level by level as plain data (WebGLTextures).
  const texture = new CompressedCubeTexture(faces, RGBAFormat as CompressedPixelFormat, HalfFloatType)
  // What three's WebGL renderer reads to sample it as a prefiltered (PMREM) environment.
  texture.isPMREMTexture = true
  texture.colorSpace = LinearSRGBColorSpace
  texture.minFilter = LinearMipmapLinearFilter
  texture.magFilter = LinearFilter
  texture.generateMipmaps = false
  texture.needsUpdate = true
  return texture
}

/**
 * A texture of its own over the same data (no copy), for a renderer that frees what it used: the
 * off-screen thumbnails. (three's `clone()` cannot make a CompressedCubeTexture.)
 */
export const ownCopyOf = (shared: CompressedCubeTexture) => cubeTextureOf(shared.image as Faces)

/** Sets the scene's environment; with `onlyIf`, only while it is still that one (a cleanup). */
export function lightScene(scene: Scene, environment: Texture | null, onlyIf?: Texture) {
  if (onlyIf && scene.environment !== onlyIf) return
  scene.environment = environment
}
