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

interface TaskError {
  code?: string
  message?: string
}

/** Each list item field as the dashboard reads it. */
export interface FieldValues {
  id: string
  model: string
  status: string
  created_at: number
  updated_at: number
  content: { file_url?: string; video_url?: string; last_frame_url?: string }
  subdivisionlevel: string
  fileformat: string
  usage: { completion_tokens?: number; total_tokens?: number }
  error: TaskError | null
  // The Go SDK reads a list item's error under this name.
  failure_reason: TaskError | null
  resolution: string
  ratio: string
  duration: number
  frames: number
  framespersecond: number
  service_tier: string
}

export type FieldName = keyof FieldValues

/** The shape each field must have; other keys of an object field are kept. */
const fieldChecks: Record<FieldName, Check> = {
  id: isNonEmptyString,
  model: isString,
  status: isNonEmptyString,
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

/** Both shapes are sent: integers in the API, strings of digits in the documentation's own examples. */
const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value)

/**
 * One field's value as the dashboard uses it, or `undefined` when it is not of its shape. Written
 * out rather than with a schema library: these checks run on every field of every row, and the
 * first load carries them (their tests hold them to zod schemas of the same fields).
 */
export function readField<K extends FieldName>(name: K, value: unknown): FieldValues[K] | undefined {
  if (fieldChecks[name](value)) return value as FieldValues[K]
  if ((name === 'created_at' || name === 'updated_at') && isDigits(value)) return Number(value) as FieldValues[K]
  return undefined
}

/** The list's envelope: `items` may be null or missing, `total` missing; anything else is unusable. */
export function readEnvelope(body: unknown): { items: unknown[]; total?: number } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const { items, total } = body as Record<string, unknown>
  if (items !== undefined && items !== null && !Array.isArray(items)) return undefined
  if (total !== undefined && !isUnixSecondsNumber(total)) return undefined
  return { items: (items as unknown[] | null | undefined) ?? [], total: total as number | undefined }
}
