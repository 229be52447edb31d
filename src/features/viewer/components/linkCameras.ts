import type { ViewerBridge } from './ViewerScene.tsx'

/**
 * Orbiting one view moves the other to the same angle and relative distance (each keeps its own
 * target and scale, so models of different sizes stay framed alike). Returns the unlink.
 */
export function linkCameras(a: ViewerBridge, b: ViewerBridge): () => void {
  let following = false
  const follow = (from: ViewerBridge, to: ViewerBridge) => () => {
    if (following) return
    following = true
    const offset = from.camera.position.clone().sub(from.controls.target).divideScalar(from.framing.radius)
    to.camera.position.copy(to.controls.target).addScaledVector(offset, to.framing.radius)
    to.camera.lookAt(to.controls.target)
    to.controls.update()
    to.invalidate()
    following = false
  }
  const aMoved = follow(a, b)
  const bMoved = follow(b, a)
  a.controls.addEventListener('change', aMoved)
  b.controls.addEventListener('change', bMoved)
  return () => {
    a.controls.removeEventListener('change', aMoved)
    b.controls.removeEventListener('change', bMoved)
  }
}
