import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readEnvelope, readField, type FieldName } from './arkTaskFields.ts'
import { readArkTaskPage } from './arkTask.ts'

/** The fields as zod schemas: the specification the hand-written checks are held to. */
const unixSeconds = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)])
const taskError = z.looseObject({ code: z.string().optional(), message: z.string().optional() })
const fieldSchemas: Record<FieldName, z.ZodType> = {
  id: z.string().min(1),
  model: z.string(),
  status: z.string().min(1),
  created_at: unixSeconds,
  updated_at: unixSeconds,
  content: z.looseObject({
    file_url: z.string().optional(),
    video_url: z.string().optional(),
    last_frame_url: z.string().optional(),
  }),
  subdivisionlevel: z.string(),
  fileformat: z.string(),
  usage: z.looseObject({ completion_tokens: z.number().optional(), total_tokens: z.number().optional() }),
  error: taskError.nullable(),
  failure_reason: taskError.nullable(),
  resolution: z.string(),
  ratio: z.string(),
  duration: z.number(),
  frames: z.number(),
  framespersecond: z.number(),
  service_tier: z.string(),
}
const envelopeSchema = z.looseObject({
  items: z.array(z.unknown()).nullable().optional(),
  total: z.number().int().nonnegative().optional(),
})

/** Values of every JSON shape, with the edges the schemas draw lines at. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(0, -0, -1, 1.5, 2 ** 53, 2 ** 53 - 1, '', '0', '123', '-1', '1e3', 'x', null, true, false),
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
      'items',
      'total',
      'other',
    ),
    tie('value'),
    { maxKeys: 4 },
  ),
})).value

describe('the field checks', () => {
  it.each(Object.keys(fieldSchemas) as FieldName[])('%s: read exactly as its zod schema reads it', (name) => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const parsed = fieldSchemas[name].safeParse(value)
        expect(readField(name, value)).toEqual(parsed.success ? parsed.data : undefined)
      }),
      { numRuns: 2_000 },
    )
  })

  it('the envelope: read exactly as its zod schema reads it', () => {
    fc.assert(
      fc.property(jsonValue, (body) => {
        const parsed = envelopeSchema.safeParse(body)
        expect(readEnvelope(body) !== undefined).toBe(parsed.success)
      }),
      { numRuns: 2_000 },
    )
  })

  it('reads a well-formed item, string timestamps and odd envelopes', () => {
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
    for (const [name, value] of Object.entries(item)) expect(readField(name as FieldName, value)).toEqual(value)
    expect(readField('created_at', '1718049470')).toBe(1718049470)
    expect(readArkTaskPage({ items: null, total: 0 })).toEqual({ items: [], total: 0 })
    expect(() => readArkTaskPage({ items: 'nope' })).toThrow(/not an object with "items"/)
  })
})
