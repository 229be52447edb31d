import { callWorker } from '../load/callWorker.ts'

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
