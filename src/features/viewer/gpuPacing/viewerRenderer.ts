import { WebGLRenderer } from 'three'
import { afterThisTask } from '../../../lib/afterThisTask.ts'
import { askExtensionsNow } from './gpuWarmUp.ts'
import { untilGpuDone } from './untilGpuDone.ts'
import { webGLWarmedUp } from './webglWarmUp.ts'

const CONTEXT_ATTRIBUTES = {
  alpha: true,
  antialias: true,
  preserveDrawingBuffer: true,
  powerPreference: 'high-performance',
} as const satisfies WebGLContextAttributes

/**
 * A viewer's renderer on `canvas`, made over several tasks: under a software GPU each step is one
 * long call that waits for the GPU process. The context first, in a task of its own, once the
 * worker's context is (see warmUpWebGL: made while that one still was, it waited for it); then
 * three's renderer and the extensions it asks for later, each once the GPU has set up what came
 * before. Made ahead, while the zip came, it was slower (its canvas's first resize then met the GPU
 * busy drawing the viewer's panels). BENCHMARKS.md has the figures.
 */
export async function makeViewerRenderer(canvas: HTMLCanvasElement): Promise<WebGLRenderer> {
  await webGLWarmedUp()
  await afterThisTask()
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES) as WebGL2RenderingContext | null
  if (!context) throw new Error('THREE.WebGLRenderer: Error creating WebGL context.')
  await untilGpuDone(context)
  const renderer = new WebGLRenderer({ ...CONTEXT_ATTRIBUTES, canvas, context })
  // Checked after the first frame that draws with each program instead (see ShaderCheck).
  renderer.debug.checkShaderErrors = false
  await untilGpuDone(context)
  askExtensionsNow(renderer)
  return renderer
}
