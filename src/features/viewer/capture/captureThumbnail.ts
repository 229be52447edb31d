/** The thumbnail's side in pixels: sharp on a gallery card, a few tens of KB as WebP. */
export const THUMBNAIL_SIZE = 256

/**
 * A square picture of what the canvas shows: its centre (the camera frames the model there),
 * scaled to 256 px, as WebP (PNG where the browser cannot encode WebP). Needs a canvas drawn with
 * preserveDrawingBuffer, read after the frame.
 */
export function captureThumbnail(source: HTMLCanvasElement, size = THUMBNAIL_SIZE): Promise<Blob | null> {
  const side = Math.min(source.width, source.height)
  if (side === 0) return Promise.resolve(null)
  const out = document.createElement('canvas')
  out.width = size
  out.height = size
  const context = out.getContext('2d')
  if (!context) return Promise.resolve(null)
  context.imageSmoothingQuality = 'high'
  context.drawImage(source, (source.width - side) / 2, (source.height - side) / 2, side, side, 0, 0, size, size)
  return new Promise((resolve) => out.toBlob(resolve, 'image/webp', 0.82))
}
