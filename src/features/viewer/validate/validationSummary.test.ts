import { readFile } from 'node:fs/promises'
import * as validator from 'gltf-validator'
import { describe, expect, it } from 'vitest'
import type { ValidationMessage } from './validationProtocol.ts'
import { imageTypesOf, summarizeValidation } from './validationSummary.ts'

const SEVERITIES: ValidationMessage['severity'][] = ['error', 'warning', 'info', 'hint']

/** The real validator on a shipped sample, as the worker runs it. */
async function validate(asset: string) {
  const bytes = await readFile(new URL(`../../../../server/demo/assets/${asset}`, import.meta.url))
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const report = (await validator.validateBytes(new Uint8Array(buffer), { maxIssues: 500, writeTimestamp: false })) as {
    issues: {
      numErrors: number
      numWarnings: number
      numInfos: number
      numHints: number
      messages: Array<{ code: string; message: string; severity: number; pointer?: string }>
    }
  }
  const messages: ValidationMessage[] = report.issues.messages.map((m) => ({
    code: m.code,
    message: m.message,
    severity: SEVERITIES[m.severity]!,
    pointer: m.pointer,
  }))
  const totals = {
    error: report.issues.numErrors,
    warning: report.issues.numWarnings,
    info: report.issues.numInfos,
    hint: report.issues.numHints,
  }
  return { summary: summarizeValidation(messages, imageTypesOf(buffer), totals), totals }
}

describe('the validation summary', () => {
  it('finds the Meshopt + KTX2 watch valid: its KTX2 and extension messages are the validator’s limits', async () => {
    const { summary, totals } = await validate('pocket-watch-meshopt-ktx2.glb')
    expect(totals.warning).toBe(7)
    expect(summary.valid).toBe(true)
    expect(summary.counts).toEqual({ error: 0, warning: 1, info: 3, hint: 0 })
    expect(summary.groups.map((g) => `${g.severity} ${g.code} ×${g.count}`)).toEqual([
      'warning MESH_PRIMITIVE_GENERATED_TANGENT_SPACE ×1',
      'info UNUSED_OBJECT ×3',
    ])
    expect(summary.limits.count).toBe(8)
    expect(summary.limits.extensions.sort()).toEqual(['EXT_meshopt_compression', 'KHR_texture_basisu'])
    expect(summary.limits.imageTypes).toEqual(['image/ktx2'])
  })

  it('finds the robot not valid, its hundreds of errors grouped by code with their pointers', async () => {
    const { summary } = await validate('robot-expressive-animated.glb')
    expect(summary.valid).toBe(false)
    expect(summary.limits.count).toBe(0)
    const weights = summary.groups.find((g) => g.code === 'ACCESSOR_WEIGHTS_NON_NORMALIZED')!
    expect(weights.severity).toBe('error')
    expect(weights.count).toBeGreaterThan(100)
    expect(weights.pointers[0]).toMatch(/^\/meshes\/\d+\/primitives\/\d+\/attributes\/WEIGHTS_0/)
    expect(summary.groups[0]!.severity).toBe('error')
    expect(new Set(summary.groups.map((g) => `${g.severity} ${g.code}`)).size).toBe(summary.groups.length)
  })

  it('reads a GLB’s image types from its JSON chunk', async () => {
    const bytes = await readFile(
      new URL('../../../../server/demo/assets/pocket-watch-meshopt-ktx2.glb', import.meta.url),
    )
    expect(imageTypesOf(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toEqual([
      'image/ktx2',
      'image/ktx2',
      'image/ktx2',
    ])
    expect(imageTypesOf(new TextEncoder().encode('not json').buffer)).toEqual([])
  })
})
