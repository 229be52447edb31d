import {
  ACESFilmicToneMapping,
  Color,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { ownCopyOf, studioEnvironmentOrNull } from '../environment/studioEnvironment.ts'
import { fitCamera, framingOf } from '../load/fitCamera.ts'
import { createDecoders, loadModel } from '../load/loadModel.ts'
import { pickModels } from '../load/pickModels.ts'
import { unzipInWorker } from '../load/unzipInWorker.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { THUMBNAIL_SIZE } from './captureThumbnail.ts'

/** The viewer's dark background, so pictures made here match those captured in the viewer. */
const BACKGROUND = new Color('#1b1f24')

/**
 * Renders a result zip's first model once, off screen, framed as the viewer frames it, and returns
 * the picture (256 px WebP). Everything it made (renderer, decoders, the model) is freed after.
 */
export async function renderThumbnail(zip: Blob, signal: AbortSignal): Promise<Blob> {
  const unzipped = await unzipInWorker(zip, signal, { modelBlobs: false })
  const candidate = pickModels(unzipped.entries).models[0]
  if (!candidate) throw new PreviewError('no-model', 'The zip holds no model the viewer can show.')
  const canvas = document.createElement('canvas')
  canvas.width = THUMBNAIL_SIZE
  canvas.height = THUMBNAIL_SIZE
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true })
  const decoders = createDecoders(renderer)
  const pmrem = new PMREMGenerator(renderer)
  let dispose = () => {}
  try {
    renderer.outputColorSpace = SRGBColorSpace
    renderer.toneMapping = ACESFilmicToneMapping
    const model = await loadModel(candidate, unzipped.files, decoders)
    dispose = model.dispose
    signal.throwIfAborted()
    const scene = new Scene()
    scene.background = BACKGROUND
    // The viewer's studio light, so a picture made here is lit as the model is in the viewer; a
    // texture of its own over the shared data, freed with this renderer. Without the file, three's room.
    const studio = await studioEnvironmentOrNull()
    const environment = studio ? ownCopyOf(studio) : pmrem.fromScene(new RoomEnvironment(), 0.04).texture
    scene.environment = environment
    scene.add(model.root)
    const camera = new PerspectiveCamera(40, 1)
    fitCamera(camera, framingOf(model.root), new Vector3())
    camera.lookAt(framingOf(model.root).center)
    renderer.render(scene, camera)
    environment.dispose()
    const picture = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/webp', 0.82))
    if (!picture) throw new Error('the browser could not encode the picture')
    return picture
  } finally {
    dispose()
    pmrem.dispose()
    decoders.dispose()
    renderer.dispose()
    renderer.forceContextLoss()
  }
}
