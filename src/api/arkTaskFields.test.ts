import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fieldSchemas, isPlainlyValid, type FieldName } from './arkTaskFields.ts'
import { readArkTaskPage } from './arkTask.ts'

/** Values of every JSON shape, with the edges the schemas draw lines at. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(0, -0, -1, 1.5, 2 ** 53, 2 ** 53 - 1, '', '0', '123', '-1', 'x', null, true, false),
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc.dictionary(
    fc.constantFrom(
      'file_url',
      'video_url',
      'last_frame_url',
      'completion_tokens',
      'total_tokens',
      'code',
      'message',
      'other',
    ),
    tie('value'),
    { maxKeys: 4 },
  ),
})).value

describe('the direct check of well-formed fields', () => {
  it.each(Object.keys(fieldSchemas) as FieldName[])('%s: accepts only what its schema accepts, unchanged', (name) => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        if (!isPlainlyValid[name](value)) return
        const parsed = fieldSchemas[name].safeParse(value)
        expect(parsed.success).toBe(true)
        expect(parsed.data).toEqual(value)
      }),
      { numRuns: 2_000 },
    )
  })

  it('accepts the fields of a well-formed item', () => {
    const item = {
      id: 'cgt-1',
      model: 'doubao-seed3d-1-0-250928',
      status: 'failed',
      created_at: 1718049470,
      updated_at: 1718049480,
      content: { file_url: 'https://x/a.zip' },
      subdivisionlevel: 'high',
      fileformat: 'glb',
      usage: { completion_tokens: 10, total_tokens: 10 },
      error: { code: 'E', message: 'boom' },
      failure_reason: null,
    }
    for (const [name, value] of Object.entries(item)) expect(isPlainlyValid[name as FieldName](value)).toBe(true)
  })

  it('leaves string timestamps and odd envelopes to the schemas', () => {
    expect(isPlainlyValid.created_at('1718049470')).toBe(false)
    const page = readArkTaskPage({ items: null, total: 0 })
    expect(page).toEqual({ items: [], total: 0 })
    expect(() => readArkTaskPage({ items: 'nope' })).toThrow(/not an object with "items"/)
  })
})
