import { Box3, PerspectiveCamera, Sphere, Vector3, type Object3D } from 'three'

export interface Framing {
  center: Vector3
  /** The model's lowest point, where the grid goes. */
  floorY: number
  radius: number
}

export function framingOf(root: Object3D): Framing {
  const box = new Box3().setFromObject(root)
  const sphere = box.getBoundingSphere(new Sphere())
  return { center: sphere.center, floorY: box.min.y, radius: Math.max(sphere.radius, 1e-3) }
}

/** Places the camera so the whole bounding sphere is in view, from the front-right and a little above. */
export function fitCamera(camera: PerspectiveCamera, framing: Framing, target: Vector3) {
  const halfFov = (camera.fov * Math.PI) / 360
  const distance = (framing.radius / Math.sin(Math.min(halfFov, halfFov * camera.aspect))) * 1.05
  const direction = new Vector3(1, 0.55, 1.3).normalize()
  camera.position.copy(framing.center).addScaledVector(direction, distance)
  camera.near = distance / 100
  camera.far = distance * 100
  camera.updateProjectionMatrix()
  target.copy(framing.center)
}
