let available: boolean | undefined

/** Whether this browser can create a WebGL 2 context at all (blocked, disabled or no GPU path); asked once per page. */
export function isWebGLAvailable(): boolean {
  available ??= probeWebGL()
  return available
}

function probeWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('webgl2')
    context?.getExtension('WEBGL_lose_context')?.loseContext()
    return Boolean(context)
  } catch {
    return false
  }
}
