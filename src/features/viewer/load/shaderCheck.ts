import type { WebGLRenderer } from 'three'

const checked = new WeakSet<object>()

/**
 * The programs three has made since the last call that the GPU would not link, each with its
 * log. three's own check (`debug.checkShaderErrors`) asks for the link status on a program's
 * first use, before its first frame, and under a software GPU the link then happens inside that
 * call: one long task per material. Asked once a frame that drew with the program is done, the
 * link is done too, and the answer is at hand.
 */
export function unlinkedPrograms(renderer: WebGLRenderer): string[] {
  const gl = renderer.getContext()
  const failures: string[] = []
  for (const { program, name } of renderer.info.programs ?? []) {
    const glProgram = program as WebGLProgram
    if (checked.has(glProgram)) continue
    checked.add(glProgram)
    if (gl.getProgramParameter(glProgram, gl.LINK_STATUS) !== false) continue
    failures.push(`${name || 'a material'}: ${gl.getProgramInfoLog(glProgram)?.trim() || 'the GPU gave no reason'}`)
  }
  return failures
}

/** What the viewer says of them: the rest of the model still draws, so the view stays. */
export function shaderWarning(failures: string[]): string {
  const what = failures.length === 1 ? 'one shader; what uses it is' : `${failures.length} shaders; what uses them is`
  return `This GPU would not build ${what} not drawn. ${failures[0]}`
}
