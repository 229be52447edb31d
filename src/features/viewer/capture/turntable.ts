import { Vector3 } from 'three'
import type { ViewerBridge } from '../components/ViewerScene.tsx'

export interface TurntableOptions {
  seconds: number
  width: number
  height: number
}

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']

/**
 * One full turn of the camera around the model, recorded as WebM with MediaRecorder. Each frame is
 * drawn by the viewer's renderer at the turn's angle for that moment, then copied, letterboxed, into
 * a canvas of the chosen size whose stream is recorded. The camera goes back where it was.
 */
export async function recordTurntable(
  bridge: ViewerBridge,
  options: TurntableOptions,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const { gl, scene, camera, controls } = bridge
  const recordCanvas = document.createElement('canvas')
  recordCanvas.width = options.width
  recordCanvas.height = options.height
  const context = recordCanvas.getContext('2d')!
  const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type))
  if (!mimeType) throw new Error('This browser cannot record WebM video.')
  const stream = recordCanvas.captureStream(30)
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 6_000_000 })
  const chunks: Blob[] = []
  recorder.ondataavailable = (event) => event.data.size && chunks.push(event.data)

  const target = controls.target.clone()
  const start = camera.position.clone()
  const offset = start.clone().sub(target)
  const axis = new Vector3(0, 1, 0)
  const wasEnabled = controls.enabled
  const wasRotating = controls.autoRotate
  controls.enabled = false
  controls.autoRotate = false

  const drawFrame = (share: number) => {
    camera.position.copy(target).add(offset.clone().applyAxisAngle(axis, share * Math.PI * 2))
    camera.lookAt(target)
    gl.render(scene, camera)
    const source = gl.domElement
    const scale = Math.min(options.width / source.width, options.height / source.height)
    const w = source.width * scale
    const h = source.height * scale
    context.fillStyle = '#000'
    context.fillRect(0, 0, options.width, options.height)
    context.drawImage(source, (options.width - w) / 2, (options.height - h) / 2, w, h)
  }

  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()))
  // This loop draws every frame itself: the canvas's own loop would only halve its frame rate.
  bridge.setFrameloop('never')
  try {
    drawFrame(0)
    recorder.start(250)
    const began = performance.now()
    await new Promise<void>((resolve, reject) => {
      const tick = () => {
        if (signal.aborted) return reject(signal.reason)
        const share = Math.min(1, (performance.now() - began) / (options.seconds * 1000))
        drawFrame(share)
        onProgress(share)
        if (share >= 1) resolve()
        else requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    // The stream takes a frame when the canvas changes: give it time to take the last one.
    await new Promise((resolve) => setTimeout(resolve, 200))
  } finally {
    bridge.setFrameloop('always')
    if (recorder.state !== 'inactive') recorder.stop()
    stream.getTracks().forEach((track) => track.stop())
    camera.position.copy(start)
    camera.lookAt(target)
    controls.enabled = wasEnabled
    controls.autoRotate = wasRotating
    controls.update()
  }
  await stopped
  return new Blob(chunks, { type: 'video/webm' })
}
