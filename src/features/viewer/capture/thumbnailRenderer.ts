import {
  ACESFilmicToneMapping,
  Color,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  SRGBColorSpace,
  type Mesh,
  type Object3D,
  type Texture,
  Vector3,
  WebGLRenderer,
} from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { untilGpuDone } from '../gpuPacing/untilGpuDone.ts'
import { fitCamera, framingOf } from '../load/fitCamera.ts'
import { createDecoders, loadModel } from '../load/loadModel.ts'
import { pickModels } from '../load/pickModels.ts'
import type { UnzipResponse } from '../load/unzipProtocol.ts'
import { PreviewError } from '../load/viewerErrors.ts'

/** The thumbnail's side in pixels: sharp on a gallery card, a few tens of KB as WebP. */
export const THUMBNAIL_SIZE = 256

/** The viewer's dark background, so pictures made here match those captured in the viewer. */
const BACKGROUND = new Color('#1b1f24')

type Unzipped = Extract<UnzipResponse, { ok: true }>

/** A 256 px picture needs no more texture than this; a result's 2–4k textures would cost their upload for nothing. */
const TEXTURE_SIDE = 512

const isResizable = (image: unknown): image is ImageBitmap | HTMLImageElement =>
  (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) ||
  (typeof HTMLImageElement !== 'undefined' && image instanceof HTMLImageElement)

/** Swaps each large image texture for a copy at most `side` pixels across, before anything is uploaded. */
async function shrinkTextures(root: Object3D, side: number) {
  const textures = new Set<Texture>()
  root.traverse((object) => {
    const material = (object as Mesh).material
    for (const each of Array.isArray(material) ? material : material ? [material] : [])
      for (const value of Object.values(each)) if ((value as Texture | null)?.isTexture) textures.add(value as Texture)
  })
  await Promise.all(
    [...textures].map(async (texture) => {
      const image: unknown = texture.image
      if (!isResizable(image) || Math.max(image.width, image.height) <= side) return
      const scale = side / Math.max(image.width, image.height)
      const smaller = await createImageBitmap(image, {
        resizeWidth: Math.max(1, Math.round(image.width * scale)),
        resizeHeight: Math.max(1, Math.round(image.height * scale)),
        resizeQuality: 'medium',
      })
      if (image instanceof ImageBitmap) image.close()
      texture.image = smaller
      texture.needsUpdate = true
    }),
  )
}

export interface ThumbnailRenderer {
  /** Draws the zip's first model once, framed as the viewer frames it: a 256 px WebP. */
  render: (unzipped: Unzipped, signal: AbortSignal) => Promise<Blob>
  dispose: () => void
}

/**
 * One WebGL renderer kept for a run of pictures, on a page's canvas or a worker's OffscreenCanvas:
 * its compiled shaders, decoders and light serve every model after the first, which is most of
 * what a picture costs. `environment` is the viewer's studio light, or null for three's room.
 */
export function createThumbnailRenderer(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  environment: Texture | null,
): ThumbnailRenderer {
  canvas.width = THUMBNAIL_SIZE
  canvas.height = THUMBNAIL_SIZE
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true })
  renderer.outputColorSpace = SRGBColorSpace
  renderer.toneMapping = ACESFilmicToneMapping
  const decoders = createDecoders(renderer)
  const pmrem = new PMREMGenerator(renderer)
  const light = environment ?? pmrem.fromScene(new RoomEnvironment(), 0.04).texture
  const camera = new PerspectiveCamera(40, 1)

  const encode = (): Promise<Blob | null> =>
    'convertToBlob' in canvas
      ? canvas.convertToBlob({ type: 'image/webp', quality: 0.82 })
      : new Promise((resolve) => canvas.toBlob(resolve, 'image/webp', 0.82))

  return {
    async render(unzipped, signal) {
      const candidate = pickModels(unzipped.entries).models[0]
      if (!candidate) throw new PreviewError('no-model', 'The zip holds no model the viewer can show.')
      const model = await loadModel(candidate, unzipped.files, decoders)
      await shrinkTextures(model.root, TEXTURE_SIDE)
      try {
        signal.throwIfAborted()
        const scene = new Scene()
        scene.background = BACKGROUND
        scene.environment = light
        scene.add(model.root)
        const framing = framingOf(model.root)
        fitCamera(camera, framing, new Vector3())
        camera.lookAt(framing.center)
        renderer.render(scene, camera)
        // Reading the picture back waits for the GPU; on the page, wait without blocking it first.
        const gl = renderer.getContext()
        if ('fenceSync' in gl) await untilGpuDone(gl)
        const picture = await encode()
        if (!picture) throw new Error('the browser could not encode the picture')
        return picture
      } finally {
        model.dispose()
      }
    },
    dispose() {
      light.dispose()
      pmrem.dispose()
      decoders.dispose()
      renderer.dispose()
      renderer.forceContextLoss()
    },
  }
}
