import { callWorker } from './load/callWorker.ts'

export const WEBGL_UNAVAILABLE =
  'This browser cannot create a WebGL context, so the model cannot be shown. The downloads below still work.'

/**
 * Whether this browser has WebGL 2 at all. A context it then cannot make (blocked, disabled, no GPU
 * path) is reported by the canvas that asked for it: a probe context here cost the page a first
 * WebGL context on the main thread, 60–300 ms under a software GPU.
 */
export const hasWebGL2 = () => typeof WebGL2RenderingContext === 'function'

let warming: Promise<unknown> | undefined

/** Once per page, when a model is on its way: WebGL's first set-up happens in a worker. */
export function warmUpWebGL(): void {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return
  warming ??= callWorker<undefined, boolean>(
    () => new Worker(new URL('./webglWarmUp.worker.ts', import.meta.url), { type: 'module' }),
    undefined,
  ).catch(() => undefined)
}

/** Settles when the worker's context is made (at once if there is none): two contexts made at once wait on each other. */
export const webGLWarmedUp = (): Promise<unknown> => warming ?? Promise.resolve()
