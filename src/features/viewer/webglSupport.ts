export const WEBGL_UNAVAILABLE =
  'This browser cannot create a WebGL context, so the model cannot be shown. The downloads below still work.'

/**
 * Whether this browser has WebGL 2 at all. A context it then cannot make (blocked, disabled, no GPU
 * path) is reported by the canvas that asked for it: a probe context here cost the page a first
 * WebGL context on the main thread, a long task under a software GPU.
 */
export const hasWebGL2 = () => typeof WebGL2RenderingContext === 'function'
