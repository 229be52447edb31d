import type { Document, Transform } from '@gltf-transform/core'

const RESIZABLE = ['image/png', 'image/jpeg', 'image/webp']

/**
 * Shrinks PNG, JPEG and WebP textures whose longest side is over `maxSide`, keeping their format,
 * with the browser's own decoder, resampler and encoder (OffscreenCanvas, so it runs in a worker).
 * KTX2 textures are left as they are: they would have to be transcoded, not resized.
 */
export function resizeTextures(maxSide: number): Transform {
  return async function resizeTextures(document: Document) {
    for (const texture of document.getRoot().listTextures()) {
      const mimeType = texture.getMimeType()
      const image = texture.getImage()
      const size = texture.getSize()
      if (!image || !size || !RESIZABLE.includes(mimeType)) continue
      const scale = maxSide / Math.max(size[0], size[1])
      if (scale >= 1) continue
      const width = Math.max(1, Math.round(size[0] * scale))
      const height = Math.max(1, Math.round(size[1] * scale))
      const bitmap = await createImageBitmap(new Blob([image.slice()], { type: mimeType }), {
        resizeWidth: width,
        resizeHeight: height,
        resizeQuality: 'high',
        premultiplyAlpha: 'none',
        colorSpaceConversion: 'none',
      })
      const canvas = new OffscreenCanvas(width, height)
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0)
      bitmap.close()
      const blob = await canvas.convertToBlob({ type: mimeType, quality: 0.9 })
      texture.setImage(new Uint8Array(await blob.arrayBuffer()))
    }
  }
}
