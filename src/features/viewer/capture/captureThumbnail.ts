import { untilIdle } from '../../../lib/whenIdle.ts'
import { untilGpuDone } from '../gpuPacing/untilGpuDone.ts'
import { THUMBNAIL_SIZE } from './thumbnailRenderer.ts'

/**
 * A square picture of what the canvas shows: its centre (the camera frames the model there),
 * scaled to 256 px, as WebP (PNG where the browser cannot encode WebP). Needs a canvas drawn with
 * preserveDrawingBuffer. It waits for idle time and for the GPU to finish what it had been asked
 * to draw: reading a WebGL canvas (drawImage, and createImageBitmap too) blocks the page until the
 * GPU is done, which under a software GPU is long after a large model's first frame; after the
 * wait, only the frames drawn meanwhile are left to block it.
 */
export async function captureThumbnail(source: HTMLCanvasElement, size = THUMBNAIL_SIZE): Promise<Blob | null> {
  // The picture is never worth a dropped frame.
  await untilIdle(500)
  const gl = source.getContext('webgl2')
  if (gl) await untilGpuDone(gl)
  const side = Math.min(source.width, source.height)
  if (side === 0) return null
  const snapshot = await createImageBitmap(source, (source.width - side) / 2, (source.height - side) / 2, side, side, {
    resizeWidth: size,
    resizeHeight: size,
    resizeQuality: 'high',
  })
  const out = document.createElement('canvas')
  out.width = size
  out.height = size
  const context = out.getContext('2d')
  if (!context) return null
  context.drawImage(snapshot, 0, 0)
  snapshot.close()
  return new Promise((resolve) => out.toBlob(resolve, 'image/webp', 0.82))
}
