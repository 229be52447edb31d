/**
 * Resolves once the GPU has done everything asked of it so far, without blocking: a fence, polled
 * between tasks (a WebGL sync object's status is read from a cache the browser updates).
 */
export async function untilGpuDone(gl: WebGL2RenderingContext): Promise<void> {
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
  if (!fence) return
  gl.flush()
  try {
    while (!gl.isContextLost() && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED)
      await new Promise((resolve) => setTimeout(resolve, 8))
  } finally {
    gl.deleteSync(fence)
  }
}
