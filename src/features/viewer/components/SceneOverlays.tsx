import { Html } from '@react-three/drei'
import { useMemo } from 'react'
import { Box3, Vector3, type Object3D } from 'three'
import type { Framing } from '../load/fitCamera.ts'

const length = (metres: number) =>
  metres >= 1
    ? `${metres.toFixed(2)} m`
    : metres >= 0.01
      ? `${(metres * 100).toFixed(1)} cm`
      : `${(metres * 1000).toFixed(1)} mm`

/** The bounding box with its three dimensions (glTF's unit is the metre), and the world axes. */
export function SceneOverlays({
  root,
  framing,
  bounds,
  axes,
}: {
  root: Object3D
  framing: Framing
  bounds: boolean
  axes: boolean
}) {
  const box = useMemo(() => new Box3().setFromObject(root), [root])
  const size = useMemo(() => box.getSize(new Vector3()), [box])
  const label = 'pointer-events-none rounded bg-black/70 px-1.5 py-0.5 text-[11px] whitespace-nowrap text-white'
  return (
    <>
      {bounds && (
        <group name="ark3d-bounds">
          <box3Helper args={[box, 0xf5b942]} />
          <Html position={[box.min.x + size.x / 2, box.min.y, box.max.z]} center className={label}>
            x {length(size.x)}
          </Html>
          <Html position={[box.max.x, box.min.y + size.y / 2, box.max.z]} center className={label}>
            y {length(size.y)}
          </Html>
          <Html position={[box.max.x, box.min.y, box.min.z + size.z / 2]} center className={label}>
            z {length(size.z)}
          </Html>
        </group>
      )}
      {axes && <axesHelper name="ark3d-axes" args={[framing.radius * 1.5]} />}
    </>
  )
}
