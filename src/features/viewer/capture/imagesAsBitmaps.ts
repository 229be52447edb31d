import { ImageBitmapLoader, ImageLoader } from 'three'

/**
 * Makes three's ImageLoader, which builds an `<img>`, decode to an ImageBitmap instead: a worker
 * has no DOM, and the OBJ (MTL) and USD loaders read their textures through ImageLoader. The
 * bitmap is flipped as WebGL flips an `<img>` on upload (`flipY`), which it does not do for a
 * bitmap. For a worker's scope only: the page keeps its own ImageLoader.
 */
export function loadImagesAsBitmaps() {
  ImageLoader.prototype.load = function (this: ImageLoader, url, onLoad, onProgress, onError) {
    const bitmaps = new ImageBitmapLoader(this.manager)
      .setOptions({ imageOrientation: 'flipY', premultiplyAlpha: 'none' })
      .setPath(this.path)
      .setCrossOrigin(this.crossOrigin)
    bitmaps.load(
      url,
      (bitmap) => onLoad?.(bitmap as unknown as HTMLImageElement),
      onProgress as ((event: ProgressEvent) => void) | undefined,
      onError,
    )
    return undefined as unknown as HTMLImageElement
  }
}
