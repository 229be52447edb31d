import { BufferTarget, CanvasSource, Output, WebMOutputFormat } from 'mediabunny'
import { Vector3 } from 'three'
import type { ViewerBridge } from '../components/ViewerScene.tsx'

export interface TurntableOptions {
  seconds: number
  width: number
  height: number
}

const FRAMES_PER_SECOND = 24

/**
 * One full turn of the camera around the model as a WebM (VP8).
 * Each frame is drawn at its own angle, copied letterboxed into a canvas of the chosen size and
 * encoded with its own timestamp (WebCodecs, muxed by mediabunny): the video is smooth and exactly
 * the chosen length however slowly this machine draws. The camera goes back where it was.
 */
export async function recordTurntable(
  bridge: ViewerBridge,
  options: TurntableOptions,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<Blob> {
  if (typeof VideoEncoder === 'undefined') throw new Error('This browser has no video encoder (WebCodecs).')
  const { gl, scene, camera, controls } = bridge
  const recordCanvas = new OffscreenCanvas(options.width, options.height)
  const context = recordCanvas.getContext('2d')!
  // VP8: every WebM player reads it, and it encodes several times faster than VP9 without a GPU.
  const codec = 'vp8'
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() })
  const source = new CanvasSource(recordCanvas, { codec, bitrate: 4_000_000 })
  output.addVideoTrack(source, { frameRate: FRAMES_PER_SECOND })

  const target = controls.target.clone()
  const start = camera.position.clone()
  const offset = start.clone().sub(target)
  const axis = new Vector3(0, 1, 0)
  const wasEnabled = controls.enabled
  controls.enabled = false
  // This loop draws every frame itself; the canvas's own loop would only slow it down.
  bridge.setFrameloop('never')
  const frames = Math.round(options.seconds * FRAMES_PER_SECOND)
  try {
    await output.start()
    for (let frame = 0; frame < frames; frame++) {
      if (signal.aborted) throw signal.reason
      camera.position.copy(target).add(offset.clone().applyAxisAngle(axis, (frame / frames) * Math.PI * 2))
      camera.lookAt(target)
      gl.render(scene, camera)
      const drawn = gl.domElement
      const scale = Math.min(options.width / drawn.width, options.height / drawn.height)
      const w = drawn.width * scale
      const h = drawn.height * scale
      context.fillStyle = '#000'
      context.fillRect(0, 0, options.width, options.height)
      context.drawImage(drawn, (options.width - w) / 2, (options.height - h) / 2, w, h)
      await source.add(frame / FRAMES_PER_SECOND, 1 / FRAMES_PER_SECOND)
      onProgress((frame + 1) / frames)
      // Let the page paint the progress bar between frames.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await output.finalize()
  } finally {
    if (output.state !== 'finalized') await output.cancel()
    bridge.setFrameloop('demand')
    camera.position.copy(start)
    camera.lookAt(target)
    controls.enabled = wasEnabled
    controls.update()
    bridge.invalidate()
  }
  return new Blob([(output.target as BufferTarget).buffer!], { type: 'video/webm' })
}
