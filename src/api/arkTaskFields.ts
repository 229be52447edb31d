import { z } from 'zod'

/** Both shapes are sent: integers in the API, strings in the documentation's own examples. */
const unixSeconds = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)])

const taskError = z.looseObject({ code: z.string().optional(), message: z.string().optional() })

export const fieldSchemas = {
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
  // The Go SDK reads a list item's error under this name.
  failure_reason: taskError.nullable(),
  resolution: z.string(),
  ratio: z.string(),
  duration: z.number(),
  frames: z.number(),
  framespersecond: z.number(),
  service_tier: z.string(),
} as const

export type FieldName = keyof typeof fieldSchemas
export type FieldValue<K extends FieldName> = z.output<(typeof fieldSchemas)[K]>

type Check = (value: unknown) => boolean
const isString: Check = (value) => typeof value === 'string'
const isNonEmptyString: Check = (value) => typeof value === 'string' && value.length > 0
const isFiniteNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value)
const isUnixSecondsNumber: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0
/** A loose object whose listed fields, where present, pass their checks (other keys are kept). */
const objectWith =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (const key in fields) if (record[key] !== undefined && !fields[key]!(record[key])) return false
    return true
  }
const taskErrorShape = objectWith({ code: isString, message: isString })

/**
 * The shape each field has when it is well-formed, checked without zod. Every value accepted here
 * is one its schema accepts and returns unchanged (tested); anything else goes through the schema,
 * which has the last word and the warning.
 */
export const isPlainlyValid: Record<FieldName, Check> = {
  id: isNonEmptyString,
  model: isString,
  status: isNonEmptyString,
  // A string timestamp is transformed by the schema, so it is left to it.
  created_at: isUnixSecondsNumber,
  updated_at: isUnixSecondsNumber,
  content: objectWith({ file_url: isString, video_url: isString, last_frame_url: isString }),
  subdivisionlevel: isString,
  fileformat: isString,
  usage: objectWith({ completion_tokens: isFiniteNumber, total_tokens: isFiniteNumber }),
  error: (value) => value === null || taskErrorShape(value),
  failure_reason: (value) => value === null || taskErrorShape(value),
  resolution: isString,
  ratio: isString,
  duration: isFiniteNumber,
  frames: isFiniteNumber,
  framespersecond: isFiniteNumber,
  service_tier: isString,
}
