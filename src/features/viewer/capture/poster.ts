import { Vector2 } from 'three'
import type { ViewerBridge } from '../components/ViewerScene.tsx'

/**
 * The current view as a PNG whose longest side is `longest` px, drawn by the viewer's own renderer
 * at that size (not an upscale of the screen), optionally with no background.
 */
export async function renderPoster(bridge: ViewerBridge, longest: number, transparent: boolean): Promise<Blob> {
  const { gl, scene, camera } = bridge
  const canvas = gl.domElement
  const size = gl.getSize(new Vector2())
  const pixelRatio = gl.getPixelRatio()
  const aspect = size.x / size.y
  const width = Math.round(aspect >= 1 ? longest : longest * aspect)
  const height = Math.round(aspect >= 1 ? longest / aspect : longest)
  const background = scene.background
  const clearAlpha = gl.getClearAlpha()
  let blob: Blob | null
  try {
    gl.setPixelRatio(1)
    gl.setSize(width, height, false)
    if (transparent) {
      scene.background = null
      gl.setClearAlpha(0)
    }
    gl.render(scene, camera)
    // toBlob copies the canvas's pixels now, before the next frame draws over them.
    blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  } finally {
    scene.background = background
    gl.setClearAlpha(clearAlpha)
    gl.setPixelRatio(pixelRatio)
    gl.setSize(size.x, size.y, false)
    bridge.invalidate()
  }
  if (!blob) throw new Error('The browser could not encode the picture.')
  return blob
}
